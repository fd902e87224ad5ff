using System.Collections;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>
    /// Creates a Virtual Server volume, empty or from a snapshot (piped from
    /// Get-ScpVolumeSnapshot). Returns the volume as SCP accepted it (state creating), or with
    /// -Wait once it is available.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ScpVolume", SupportsShouldProcess = true, DefaultParameterSetName = Empty)]
    [OutputType(typeof(ScpVolume))]
    public sealed class NewScpVolumeCommand : ScpWaitCmdlet
    {
        private const string Empty = "Empty";
        private const string FromSnapshot = "FromSnapshot";

        /// <summary>1–255 letters, digits, spaces, '-' or '_'. Taken by property name from piped rows (Import-Csv), never from a piped snapshot.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = Empty, ValueFromPipelineByPropertyName = true)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = FromSnapshot)]
        [Validation.ValidateScpName(Validation.VirtualServerNames.VolumePattern, Validation.VirtualServerNames.VolumeAllowed)]
        public string Name { get; set; } = "";

        /// <summary>Size in GB (8–16384). From a snapshot it defaults to the snapshot's size.</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = Empty, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = FromSnapshot)]
        [Alias("Size")]
        [ValidateRange(8, 16384)]
        public int SizeGB { get; set; }

        /// <summary>Volume type name (see Get-ScpVolumeType); the default type when left out.</summary>
        [Parameter(ParameterSetName = Empty, ValueFromPipelineByPropertyName = true)]
        [Parameter(ParameterSetName = FromSnapshot)]
        [ArgumentCompleter(typeof(Completion.VolumeTypeCompleter))]
        public string? VolumeType { get; set; }

        /// <summary>Create the volume from this snapshot.</summary>
        [Parameter(Mandatory = true, ParameterSetName = FromSnapshot, ValueFromPipeline = true)]
        public ScpVolumeSnapshot Snapshot { get; set; } = null!;

        /// <summary>Tags as a hashtable of key = value.</summary>
        [Parameter]
        public Hashtable? Tag { get; set; }

        protected override void ProcessRecord()
        {
            var size = SizeGB;
            if (ParameterSetName == FromSnapshot)
            {
                if (size == 0) size = Snapshot.Size;
                if (size < Snapshot.Size)
                {
                    WriteError(Errors.ScpErrorRecords.InvalidArgument(
                        $"-SizeGB {size} is smaller than snapshot {Snapshot} ({Snapshot.Size} GB); the volume must be at least as large.", Snapshot));
                    return;
                }
            }
            var spec = new VolumeCreateSpec
            {
                Name = Name, Size = size, VolumeType = VolumeType, SnapshotId = Snapshot?.Id,
                Tags = Tag?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString()),
            };
            var what = Snapshot == null ? $"Create {size} GB volume" : $"Create {size} GB volume from snapshot {Snapshot}";
            if (!ShouldProcess(Name, what)) return;
            Run(new ScpWorkItem($"New volume {Name}", Name, async ctx =>
            {
                var vs = new VirtualServerClient(ctx.Client);
                var volume = await vs.CreateVolumeAsync(spec, ctx.CancellationToken).ConfigureAwait(false);
                if (ctx.Wait != null) volume = await vs.WaitForVolumeAsync(volume, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(volume);
            }, Snapshot == null ? null : ConnectionFor(Snapshot)));
        }
    }
}
