using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;
using Ops = ScpStorage.Core.BareMetalBlockStorage.BareMetalBlockStorageOperations;
using Rules = ScpStorage.Core.BareMetalBlockStorage.BareMetalBlockStorageRules;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Volumes
{
    /// <summary>
    /// Creates a bare metal volume (Create Volume, 202), or recovers a piped volume snapshot into
    /// a new volume (Create Volume Recovery, API 1.1+). Outputs the new volume, found by its name
    /// (SCP only calls resource_id "Resource id"); with -Wait once it has settled.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ScpBmVolume", SupportsShouldProcess = true, DefaultParameterSetName = Empty)]
    [OutputType(typeof(ScpBmVolume), typeof(ScpBmRequest))]
    public sealed class NewScpBmVolumeCommand : ScpWaitCmdlet
    {
        private const string Empty = "Empty";
        private const string FromSnapshot = "FromSnapshot";

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = Empty)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = FromSnapshot)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        /// <summary>Size in GB (SCP documents no range; at least 1).</summary>
        [Parameter(Mandatory = true, Position = 1, ParameterSetName = Empty)]
        [Alias("Size")]
        [ValidateRange(1, int.MaxValue)]
        public int SizeGB { get; set; }

        [Parameter(Mandatory = true, ParameterSetName = Empty)]
        [ValidateSet("SSD", "HDD")]
        public string DiskType { get; set; } = "SSD";

        /// <summary>Servers to attach the new volume to.</summary>
        [Parameter(ParameterSetName = Empty)]
        [ValidateNotNullOrEmpty]
        public string[]? ServerId { get; set; }

        [Parameter(ParameterSetName = Empty)]
        [ValidateSet("BM", "MNGC")]
        public string ServerType { get; set; } = "BM";

        [Parameter(ParameterSetName = Empty)]
        [ValidateRange(Rules.MinIops, Rules.MaxIops)]
        public int? Iops { get; set; }

        [Parameter(ParameterSetName = Empty)]
        [ValidateRange(Rules.MinThroughput, Rules.MaxThroughput)]
        public int? Throughput { get; set; }

        [Parameter(ParameterSetName = Empty)]
        public Hashtable? Tag { get; set; }

        /// <summary>Recover this snapshot (from Get-ScpBmSnapshot) into the new volume.</summary>
        [Parameter(Mandatory = true, ParameterSetName = FromSnapshot, ValueFromPipeline = true)]
        public ScpBmSnapshot Snapshot { get; set; } = null!;

        protected override void ProcessRecord()
        {
            if (ParameterSetName == FromSnapshot) { Recover(); return; }
            if (Iops.HasValue != Throughput.HasValue)
            {
                WriteError(Errors.ScpErrorRecords.InvalidArgument("Give -Iops and -Throughput together: SCP's QoS at creation needs both (or leave both out).", Name));
                return;
            }
            if (Iops.HasValue) BmVersions.Require(this, BareMetalBlockStorageClient.Below(Connection, "1.2", "QoS at creation (-Iops/-Throughput)"));
            var spec = new ScpBmVolumeSpec
            {
                Name = Name, SizeGB = SizeGB, DiskType = DiskType.ToUpperInvariant(), Iops = Iops, Throughput = Throughput,
                Attachments = (ServerId ?? new string[0]).Distinct().Select(s => new KeyValuePair<string, string>(s, ServerType.ToUpperInvariant())).ToList(),
                Tags = Tag?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString()),
            };
            if (!ShouldProcess(Name, $"Create {SizeGB} GB {spec.DiskType} bare metal volume")) return;
            var name = Name;
            Run(new ScpWorkItem($"New bare metal volume {Name}", Name, async ctx =>
            {
                var bm = new BareMetalBlockStorageClient(ctx.Client);
                var began = DateTimeOffset.UtcNow;
                var answer = await bm.CreateVolumeAsync(spec, ctx.CancellationToken).ConfigureAwait(false);
                await WriteCreated(bm, ctx, answer, name, began).ConfigureAwait(false);
            }));
        }

        private void Recover()
        {
            BmVersions.Require(this, BareMetalBlockStorageClient.VersionRefusal(Connection, Ops.CreateVolumeRecovery));
            if (!ShouldProcess(Name, $"Recover snapshot {Snapshot} of volume {Snapshot.VolumeId} into a new volume")) return;
            var (name, volumeId, snapshotId) = (Name, Snapshot.VolumeId, Snapshot.Id);
            Run(new ScpWorkItem($"Recover snapshot {Snapshot} into volume {Name}", Snapshot, async ctx =>
            {
                var bm = new BareMetalBlockStorageClient(ctx.Client);
                var began = DateTimeOffset.UtcNow;
                var answer = await bm.CreateVolumeRecoveryAsync(volumeId, snapshotId, name, ctx.CancellationToken).ConfigureAwait(false);
                await WriteCreated(bm, ctx, answer, name, began).ConfigureAwait(false);
            }, ConnectionFor(Snapshot)));
        }

        /// <summary>The new volume, found by name; the 202 answer itself when it cannot be found yet.</summary>
        private static async System.Threading.Tasks.Task WriteCreated(BareMetalBlockStorageClient bm, ScpWorkContext ctx, ScpBmRequest answer, string name, DateTimeOffset began)
        {
            var volume = await bm.FindCreatedVolumeAsync(answer, name, began, ctx.CancellationToken).ConfigureAwait(false);
            if (volume == null) { ctx.Output.Object(answer); return; }
            if (ctx.Wait != null) volume = await bm.WaitForVolumeAsync(volume.Id, volume.Name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
            ctx.Output.Object(volume);
        }
    }
}
