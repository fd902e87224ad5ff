using System;
using System.Linq;
using System.Management.Automation;
using System.Threading.Tasks;
using ScpStorage.Core;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Snapshots
{
    /// <summary>
    /// Remove- for File Storage and Parallel File Storage snapshots: piped from the matching Get-
    /// cmdlet, or by -VolumeId and -Id (SCP needs both). Asks for confirmation unless -Force or
    /// -Confirm:$false; -Wait returns once the volume no longer lists each snapshot. The two
    /// services differ only in their words, completer and client.
    /// </summary>
    public abstract class FileSnapshotRemoveCmdlet<TSnapshot> : ScpWaitCmdlet where TSnapshot : ScpResource
    {
        protected const string ByObject = "ByObject";
        protected const string ById = "ById";

        /// <summary>Snapshots from the matching Get- cmdlet (they carry their VolumeId).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true, Position = 0)]
        public TSnapshot[] InputObject { get; set; } = Array.Empty<TSnapshot>();

        /// <summary>Ids of the snapshots to delete.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>The -VolumeId given with -Id.</summary>
        protected abstract string VolumeIdParameter { get; }

        /// <summary>A piped snapshot's volume id (may be missing), id and name.</summary>
        protected abstract (string? VolumeId, string Id, string? Name) Describe(TSnapshot snapshot);

        /// <summary>"file" or "parallel file", for messages.</summary>
        protected abstract string Kind { get; }

        /// <summary>Deletes the snapshot and, when the call waits, waits until the volume no longer lists it.</summary>
        protected abstract Task DeleteAsync(ScpWorkContext ctx, string volumeId, string id, string? name);

        protected override void ProcessRecord()
        {
            var targets = ParameterSetName == ById
                ? Id.Select(id => (VolumeIdParameter, id, (string?)null, (TSnapshot?)null))
                : InputObject.Where(s => s != null).Select(s =>
                {
                    var (volumeId, id, name) = Describe(s);
                    return (volumeId ?? "", id, name, (TSnapshot?)s);
                });
            foreach (var (volumeId, id, name, snapshot) in targets)
            {
                if (volumeId.Length == 0)
                {
                    WriteError(Errors.ScpErrorRecords.InvalidArgument($"Snapshot {snapshot} does not name its volume; SCP needs the volume id to delete it.", snapshot));
                    continue;
                }
                var text = $"{FileVolumes.Describe(id, name)} of {Kind} volume {volumeId}";
                if (!ShouldProcess(text, $"Remove {Kind} snapshot", Force)) continue;
                Run(new ScpWorkItem($"Remove {Kind} snapshot {text}", (object?)snapshot ?? id, ctx => DeleteAsync(ctx, volumeId, id, name),
                    snapshot == null ? null : ConnectionFor(snapshot)));
            }
        }
    }
}
