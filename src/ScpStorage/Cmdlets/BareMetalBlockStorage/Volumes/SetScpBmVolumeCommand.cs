using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;
using Rules = ScpStorage.Core.BareMetalBlockStorage.BareMetalBlockStorageRules;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Volumes
{
    /// <summary>
    /// Changes a volume's QoS (Set Volume QoS, API 1.2 and later): IOPS 5,000–20,000, throughput
    /// 250–1,000 MB/s; an omitted value keeps SCP's current one. Under a 1.0/1.1 pin it stops
    /// before sending anything.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ScpBmVolume", SupportsShouldProcess = true, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBmVolume))]
    public sealed class SetScpBmVolumeCommand : BmVolumeTargetCmdlet
    {
        [Parameter]
        [ValidateRange(Rules.MinIops, Rules.MaxIops)]
        public int? Iops { get; set; }

        /// <summary>MB/s.</summary>
        [Parameter]
        [ValidateRange(Rules.MinThroughput, Rules.MaxThroughput)]
        public int? Throughput { get; set; }

        protected override void BeginProcessing()
        {
            base.BeginProcessing();
            if (!Iops.HasValue && !Throughput.HasValue)
                ThrowTerminatingError(Errors.ScpErrorRecords.InvalidArgument("Give -Iops, -Throughput or both: Set-ScpBmVolume changes the volume's QoS.", null));
            RequireVersion(BareMetalBlockStorageOperations.SetVolumeQos);
        }

        protected override void ProcessRecord()
        {
            foreach (var volume in Targets())
            {
                if (!ShouldProcess(volume.ToString(), $"Set QoS ({Describe()})")) continue;
                var (id, name, iops, throughput) = (volume.Id, volume.Name, Iops, Throughput);
                Run(new ScpWorkItem($"Set QoS of bare metal volume {volume}", volume, async ctx =>
                {
                    var bm = new BareMetalBlockStorageClient(ctx.Client);
                    await bm.SetVolumeQosAsync(id, iops, throughput, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(ctx.Wait != null
                        ? await bm.WaitForVolumeAsync(id, name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                        : await bm.GetVolumeAsync(id, ctx.CancellationToken).ConfigureAwait(false));
                }, ConnectionFor(volume)));
            }
        }

        private string Describe() => string.Join(", ", new[] { Iops.HasValue ? $"{Iops} IOPS" : null, Throughput.HasValue ? $"{Throughput} MB/s" : null }.Where(s => s != null));
    }
}
