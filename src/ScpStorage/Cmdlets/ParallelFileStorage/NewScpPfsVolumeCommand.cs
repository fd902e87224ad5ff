using System.Collections;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.FileStorage;
using ScpStorage.Core.ParallelFileStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ParallelFileStorage
{
    /// <summary>Creates a Parallel File Storage volume (CreateVolume). Returns SCP's answer, or with -Wait the volume once it is available (polled at least once: the answer may already say available).</summary>
    [Cmdlet(VerbsCommon.New, "ScpPfsVolume", SupportsShouldProcess = true)]
    [OutputType(typeof(ScpPfsVolume))]
    public sealed class NewScpPfsVolumeCommand : ScpWaitCmdlet
    {
        /// <summary>3–21 characters: a lowercase letter, then lowercase letters, digits or '_'.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [Validation.ValidateScpName(FileStorageNames.VolumePattern, FileStorageNames.VolumeAllowed)]
        public string Name { get; set; } = "";

        /// <summary>Capacity in TB, 1–1000.</summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [ValidateRange(1, 1000)]
        public int CapacityTB { get; set; }

        /// <summary>Tags as a hashtable of key = value (keys up to 128 characters).</summary>
        [Parameter]
        public Hashtable? Tag { get; set; }

        protected override void ProcessRecord()
        {
            var tags = Tag?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString());
            if (tags != null && tags.Keys.FirstOrDefault(k => k.Length == 0 || k.Length > 128) is string badKey)
            {
                WriteError(Errors.ScpErrorRecords.InvalidArgument($"Tag key '{badKey}' must have 1-128 characters.", Tag));
                return;
            }
            if (!ShouldProcess(Name, $"Create {CapacityTB} TB parallel file volume")) return;
            var (name, capacity) = (Name, CapacityTB);
            Run(new ScpWorkItem($"New parallel file volume {name}", name, async ctx =>
            {
                var pfs = new ParallelFileStorageClient(ctx.Client);
                var volume = await pfs.CreateVolumeAsync(name, capacity, tags, ctx.CancellationToken).ConfigureAwait(false);
                if (ctx.Wait != null) volume = await pfs.WaitForVolumeAsync(volume.Id, name, null, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(volume);
            }));
        }
    }
}
