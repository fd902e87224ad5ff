using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage
{
    /// <summary>A volume or a volume group, as the paired operations of this service take it.</summary>
    internal sealed class BmSource
    {
        public BmSource(ScpBmTargetKind kind, string id, string display, ScpResource? from) { Kind = kind; Id = id; Display = display; From = from; }
        public ScpBmTargetKind Kind { get; }
        public string Id { get; }
        public string Display { get; }
        /// <summary>The piped object, so the work goes back to its region.</summary>
        public ScpResource? From { get; }
        public override string ToString() => Display;
    }

    /// <summary>
    /// Base of the cmdlets whose target is a volume OR a volume group (snapshot schedules,
    /// replications): the piped object's type picks the path — a volume (or anything naming a
    /// VolumeId) the volume operation, a group (or anything naming a VolumeGroupId) the group
    /// one. Ids are given with -VolumeId or -VolumeGroupId.
    /// </summary>
    public abstract class BmSourceCmdlet : ScpWaitCmdlet
    {
        protected const string ByObject = "ByObject";
        protected const string ByVolumeId = "ByVolumeId";
        protected const string ByVolumeGroupId = "ByVolumeGroupId";

        /// <summary>A volume or volume group from Get-ScpBmVolume / Get-ScpBmVolumeGroup, or an object naming one by VolumeId or VolumeGroupId.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public PSObject InputObject { get; set; } = null!;

        [Parameter(Mandatory = true, ParameterSetName = ByVolumeId)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeCompleter))]
        public string VolumeId { get; set; } = "";

        [Parameter(Mandatory = true, ParameterSetName = ByVolumeGroupId)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeGroupCompleter))]
        public string VolumeGroupId { get; set; } = "";

        /// <summary>Whether the cmdlet takes groups too (snapshot rates are for volumes only).</summary>
        internal virtual bool TakesGroups => true;

        /// <summary>The source this input names; null after writing an error for it.</summary>
        internal BmSource? Source()
        {
            switch (ParameterSetName)
            {
                case ByVolumeId: return new BmSource(ScpBmTargetKind.Volume, VolumeId, "volume " + VolumeId, null);
                case ByVolumeGroupId: return Groups(new BmSource(ScpBmTargetKind.VolumeGroup, VolumeGroupId, "volume group " + VolumeGroupId, null));
            }
            var value = InputObject?.BaseObject;
            var from = value as ScpResource;
            switch (value)
            {
                case ScpBmVolume v: return new BmSource(ScpBmTargetKind.Volume, v.Id, "volume " + v, v);
                case ScpBmVolumeGroup g: return Groups(new BmSource(ScpBmTargetKind.VolumeGroup, g.Id, "volume group " + g, g));
            }
            // Another object (a replication, schedule, snapshot, a CSV row) binds by the id it names.
            if (Text("VolumeId") is string vid) return new BmSource(ScpBmTargetKind.Volume, vid, "volume " + vid, from);
            if (Text("VolumeGroupId") is string gid) return Groups(new BmSource(ScpBmTargetKind.VolumeGroup, gid, "volume group " + gid, from));
            WriteError(ScpErrorRecords.InvalidArgument(
                $"{MyInvocation.MyCommand.Name} cannot tell which volume{(TakesGroups ? " or volume group" : "")} a piped {value?.GetType().Name ?? "null"} means: pipe a ScpBmVolume{(TakesGroups ? " or ScpBmVolumeGroup" : "")}, or an object with a VolumeId{(TakesGroups ? " or VolumeGroupId" : "")} property.", InputObject));
            return null;
        }

        private BmSource? Groups(BmSource s)
        {
            if (TakesGroups) return s;
            WriteError(ScpErrorRecords.InvalidArgument($"{MyInvocation.MyCommand.Name} acts on volumes only, not on {s}.", InputObject));
            return null;
        }

        private string? Text(string property)
        {
            var p = InputObject.Properties[property]?.Value;
            if (p is PSObject o) p = o.BaseObject;
            return p is string s && s.Length > 0 ? s : null;
        }
    }
}
