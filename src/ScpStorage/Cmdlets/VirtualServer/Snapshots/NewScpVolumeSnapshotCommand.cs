using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.VirtualServer.Volumes;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Snapshots
{
    /// <summary>
    /// Takes a snapshot of each piped (or named by id) Virtual Server volume. SCP answers with the
    /// snapshot in state creating; -Wait returns it available, -AsJob snapshots many volumes at
    /// once. An in-use volume needs -AllowInUse (SCP's force flag): the snapshot is then only
    /// crash-consistent, which is why it is opt-in and not tied to -Force.
    /// </summary>
    // ByObject is the default on purpose: with the mandatory -Name bound on the command line and
    // ById as default, PowerShell commits to ById before the pipeline and a piped volume fails to
    // bind (InputObjectNotBound). With ByObject first, objects with only a VolumeId still bind.
    [Cmdlet(VerbsCommon.New, "ScpVolumeSnapshot", SupportsShouldProcess = true, DefaultParameterSetName = VolumeTarget.ByObject)]
    [OutputType(typeof(ScpVolumeSnapshot))]
    public sealed class NewScpVolumeSnapshotCommand : ScpWaitCmdlet
    {
        /// <summary>The volumes to snapshot, bound by the shared rule: volumes (from Get-ScpVolume), id or name strings, or objects with a VolumeId.</summary>
        [Parameter(Mandatory = true, ParameterSetName = VolumeTarget.ByObject, ValueFromPipeline = true)]
        [Alias("InputObject")]
        public PSObject[] Volume { get; set; } = Array.Empty<PSObject>();

        /// <summary>Ids of the volumes to snapshot.</summary>
        [Parameter(Mandatory = true, ParameterSetName = VolumeTarget.ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string[] VolumeId { get; set; } = Array.Empty<string>();

        /// <summary>1–255 letters, digits, spaces, '-' or '_' (SnapshotCreateRequest).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [Validation.ValidateScpName(SnapshotNames.Pattern, SnapshotNames.Allowed)]
        public string Name { get; set; } = "";

        [Parameter]
        public string? Description { get; set; }

        /// <summary>Snapshot a volume that is attached (in-use); sent as SCP's force=true.</summary>
        [Parameter]
        public SwitchParameter AllowInUse { get; set; }

        /// <summary>Metadata stored with the snapshot, as a hashtable of key = value.</summary>
        [Parameter]
        public Hashtable? Metadata { get; set; }

        protected override void ProcessRecord()
        {
            var metadata = Metadata?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString() ?? "");
            foreach (var volume in VolumeTarget.Resolve(this, ParameterSetName, VolumeId, Array.Empty<string>(), Volume))
            {
                var what = AllowInUse ? $"Create snapshot '{Name}' (even if in use)" : $"Create snapshot '{Name}'";
                if (!ShouldProcess($"volume {volume}", what)) continue;
                var (volumeId, name, description, force) = (volume.Id, Name, Description, AllowInUse.IsPresent ? true : (bool?)null);
                Run(new ScpWorkItem($"New snapshot {name} of volume {volume}", volume, async ctx =>
                {
                    var vs = new VirtualServerClient(ctx.Client);
                    var snapshot = await vs.CreateSnapshotAsync(volumeId, name, description, force, metadata, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) snapshot = await vs.WaitForSnapshotAsync(snapshot, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(snapshot);
                }, ConnectionFor(volume)));
            }
        }
    }
}
