using System;
using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage.Schedules
{
    /// <summary>
    /// Set- and Remove-ScpFileSnapshotSchedule: the entries piped from Get-ScpFileSnapshotSchedule,
    /// or -VolumeId with -Id; each entry handed on carries its id and its volume's.
    /// </summary>
    public abstract class ScheduleEntryCmdlet : ScpJobCmdlet
    {
        protected const string ByObject = "ByObject";
        protected const string ById = "ById";

        /// <summary>Entries from Get-ScpFileSnapshotSchedule.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true, Position = 0)]
        public ScpFileSnapshotSchedule[] InputObject { get; set; } = Array.Empty<ScpFileSnapshotSchedule>();

        /// <summary>The volume the entries belong to.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.FileVolumeCompleter))]
        public string? VolumeId { get; set; }

        /// <summary>Ids of the entries.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>The entries of this input; one without its ids is an error for that entry.</summary>
        protected IEnumerable<ScpFileSnapshotSchedule> Entries()
        {
            foreach (var entry in ScheduleTargets.Resolve(this, InputObject, ParameterSetName == ById ? VolumeId : null, Id))
            {
                if (string.IsNullOrEmpty(entry.VolumeId) || string.IsNullOrEmpty(entry.Id))
                    WriteError(Errors.ScpErrorRecords.InvalidArgument($"Schedule {entry} does not carry its id and volume id; read it with Get-ScpFileSnapshotSchedule.", entry));
                else
                    yield return entry;
            }
        }
    }
}
