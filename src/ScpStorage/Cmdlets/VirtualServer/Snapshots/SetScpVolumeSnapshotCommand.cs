using System;
using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Snapshots
{
    /// <summary>
    /// Renames a Virtual Server snapshot or changes its description. SCP's update requires the
    /// name, so a description-only change sends the snapshot's current name, read just before
    /// the update (a piped object may be stale). The update is synchronous, hence no -Wait.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ScpVolumeSnapshot", SupportsShouldProcess = true, DefaultParameterSetName = SnapshotTarget.ByObject)]
    [OutputType(typeof(ScpVolumeSnapshot))]
    public sealed class SetScpVolumeSnapshotCommand : ScpCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = SnapshotTarget.ById)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.SnapshotCompleter))]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Piped input, bound by the shared rule: snapshots, id or name strings, or objects that refer to one (SnapshotId).</summary>
        [Parameter(Mandatory = true, ParameterSetName = SnapshotTarget.ByObject, ValueFromPipeline = true)]
        public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

        /// <summary>The new name: 1–255 letters, digits, spaces, '-' or '_'.</summary>
        [Parameter]
        [Validation.ValidateScpName(SnapshotNames.Pattern, SnapshotNames.Allowed)]
        public string? NewName { get; set; }

        /// <summary>The new description; an empty string clears it.</summary>
        [Parameter]
        [AllowEmptyString]
        public string? Description { get; set; }

        /// <summary>Return the updated snapshot.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void BeginProcessing()
        {
            if (NewName == null && Description == null)
                ThrowTerminatingError(ScpErrorRecords.InvalidArgument("Nothing to change: give -NewName, -Description or both.", null));
        }

        protected override void ProcessRecord()
        {
            foreach (var snapshot in SnapshotTarget.Resolve(this, ParameterSetName, Id, InputObject))
            {
                if (!ShouldProcess(snapshot.ToString(), Action())) continue;
                var (id, newName, description, passThru) = (snapshot.Id, NewName, Description, PassThru.IsPresent);
                Run(new ScpWorkItem($"Set snapshot {snapshot}", snapshot, async ctx =>
                {
                    var vs = new VirtualServerClient(ctx.Client);
                    var name = newName ?? (await vs.GetSnapshotAsync(id, ctx.CancellationToken).ConfigureAwait(false)).Name ?? "";
                    var updated = await vs.UpdateSnapshotAsync(id, name, description, ctx.CancellationToken).ConfigureAwait(false);
                    if (passThru) ctx.Output.Object(updated);
                }, ConnectionFor(snapshot)));
            }
        }

        private string Action()
        {
            var parts = new List<string>();
            if (NewName != null) parts.Add($"Rename snapshot to '{NewName}'");
            if (Description != null) parts.Add(Description.Length == 0 ? "Clear description" : $"Set description to '{Description}'");
            return string.Join(", ", parts);
        }
    }
}
