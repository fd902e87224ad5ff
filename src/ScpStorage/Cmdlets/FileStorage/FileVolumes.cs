using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.FileStorage;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.FileStorage
{
    /// <summary>The one File Storage volume a cmdlet needs, and how messages name a volume.</summary>
    internal static class FileVolumes
    {
        /// <summary>The one volume a cmdlet needs (-Volume of Add-ScpFileAccessRule); null with an error written otherwise.</summary>
        public static ScpFileVolume? One(ScpCmdlet cmdlet, PSObject volume)
        {
            var found = ResourceTargets.Piped(cmdlet, FileStorageKinds.Volume, volume).ToList();
            if (found.Count == 1) return found[0];
            if (found.Count > 1)
                cmdlet.WriteError(ScpErrorRecords.InvalidArgument(
                    $"-Volume names {found.Count} file volumes ({string.Join(", ", found)}); name exactly one.", volume));
            return null;
        }

        /// <summary>"share01 (id)" when the name is known, else the id.</summary>
        public static string Describe(string volumeId, string? volumeName) =>
            string.IsNullOrEmpty(volumeName) ? volumeId : $"{volumeName} ({volumeId})";
    }

    /// <summary>File Storage's name rule (volumes and replica volumes).</summary>
    internal static class FileStorageNames
    {
        public const string VolumePattern = "^[a-z]([a-z0-9_]){2,20}$";
        public const string VolumeAllowed = "Use 3-21 characters: a lowercase letter first, then lowercase letters, digits or '_'.";
    }
}
