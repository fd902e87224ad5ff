using System;
using System.Management.Automation;
using ScpStorage.Core.Config;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.Shared
{
    /// <summary>
    /// Restores any kind of SCP snapshot, dispatching on the piped object's type through
    /// <see cref="SnapshotRestoreHandlers"/> so each service adds its kind without touching this
    /// cmdlet. Restoring overwrites data, hence ConfirmImpact High with -Force; the confirmation
    /// names both what is overwritten and the snapshot. -Wait returns the restored resource
    /// settled.
    /// </summary>
    [Cmdlet(VerbsData.Restore, "ScpSnapshot", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpVolume))]
    [OutputType(typeof(Core.FileStorage.ScpFileVolume))]
    [OutputType(typeof(Core.ParallelFileStorage.ScpPfsVolume))]
    [OutputType(typeof(Core.BareMetalBlockStorage.ScpBmVolume), typeof(Core.BareMetalBlockStorage.ScpBmVolumeGroup))]
    public sealed class RestoreScpSnapshotCommand : ScpWaitCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ById = "ById";

        /// <summary>A snapshot object from a Get- cmdlet of any supported service; typed object so every kind binds and is dispatched here.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ByObject, ValueFromPipeline = true)]
        [Alias("Snapshot")]
        public object InputObject { get; set; } = null!;

        /// <summary>Ids of Virtual Server volume snapshots (the kind <see cref="SnapshotRestoreHandlers.ForIds"/> reads), for callers without the object.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.SnapshotCompleter))]
        public string[] SnapshotId { get; set; } = Array.Empty<string>();

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ById)
            {
                foreach (var id in SnapshotId)
                    if (SnapshotRestoreHandlers.ForIds.ReadById(this, id) is object snapshot) Restore(snapshot);
                return;
            }
            Restore(InputObject is PSObject p ? p.BaseObject : InputObject);
        }

        private void Restore(object snapshot)
        {
            var handler = SnapshotRestoreHandlers.For(snapshot);
            if (handler == null)
            {
                var type = snapshot is PSObject p ? p.TypeNames[0] : snapshot.GetType().FullName;
                WriteError(ScpErrorRecords.InvalidArgument(
                    $"Restore-ScpSnapshot cannot restore a {type}. Pipe a snapshot of a supported kind: {SnapshotRestoreHandlers.Supported}.", snapshot));
                return;
            }
            var plan = handler.Plan(this, snapshot);
            if (plan == null || !ShouldProcess(plan.Target, plan.Action, Force)) return;
            Run(plan.Work);
        }
    }
}
