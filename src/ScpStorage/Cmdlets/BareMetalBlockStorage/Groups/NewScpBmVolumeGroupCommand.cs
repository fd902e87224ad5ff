using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;
using Ops = ScpStorage.Core.BareMetalBlockStorage.BareMetalBlockStorageOperations;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Groups
{
    /// <summary>
    /// Creates a volume group of existing volumes (Create Volume Group, 202): piped volumes are
    /// collected and sent in ONE request, since the body takes a list. With a piped group
    /// snapshot, recovers it into a new group (Create Volume Group Recovery, API 1.1+).
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ScpBmVolumeGroup", SupportsShouldProcess = true, DefaultParameterSetName = Empty)]
    [OutputType(typeof(ScpBmVolumeGroup), typeof(ScpBmRequest))]
    public sealed class NewScpBmVolumeGroupCommand : ScpWaitCmdlet
    {
        private const string Empty = "Empty";
        private const string ById = "ById";
        private const string FromSnapshot = "FromSnapshot";
        private readonly List<ScpBmVolume> _volumes = new List<ScpBmVolume>();

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = Empty)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        public string Name { get; set; } = "";

        /// <summary>Member volumes (from Get-ScpBmVolume); piped ones are batched into one request.</summary>
        [Parameter(Mandatory = true, ParameterSetName = Empty, ValueFromPipeline = true)]
        public ScpBmVolume[] Volume { get; set; } = new ScpBmVolume[0];

        /// <summary>Member volume ids.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeCompleter))]
        public string[] VolumeId { get; set; } = new string[0];

        [Parameter(ParameterSetName = Empty)]
        [Parameter(ParameterSetName = ById)]
        public Hashtable? Tag { get; set; }

        /// <summary>Recover this group snapshot (from Get-ScpBmVolumeGroupSnapshot) into a new group.</summary>
        [Parameter(Mandatory = true, ParameterSetName = FromSnapshot, ValueFromPipeline = true)]
        public ScpBmVolumeGroupSnapshot Snapshot { get; set; } = null!;

        /// <summary>Prefix of the recovered member volumes' names (SCP's block_storage_name_prefix).</summary>
        [Parameter(Mandatory = true, ParameterSetName = FromSnapshot)]
        [ValidateNotNullOrEmpty]
        public string VolumeNamePrefix { get; set; } = "";

        protected override void ProcessRecord()
        {
            if (ParameterSetName == Empty) _volumes.AddRange(Volume.Where(v => v != null));
            else if (ParameterSetName == FromSnapshot) Recover();
        }

        protected override void EndProcessing()
        {
            if (ParameterSetName != FromSnapshot) Create();
            base.EndProcessing();
        }

        private void Create()
        {
            var ids = ParameterSetName == ById ? VolumeId.Distinct().ToArray() : _volumes.Select(v => v.Id).Distinct().ToArray();
            if (ids.Length == 0) return;
            var members = ParameterSetName == ById ? string.Join(", ", ids) : string.Join(", ", _volumes.Select(v => v.ToString()));
            if (!ShouldProcess(Name, $"Create volume group of {ids.Length} volume(s): {members}")) return;
            var (name, tags) = (Name, Tag?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString()));
            Run(new ScpWorkItem($"New volume group {Name}", Name, async ctx =>
            {
                var bm = new BareMetalBlockStorageClient(ctx.Client);
                var began = DateTimeOffset.UtcNow;
                var answer = await bm.CreateVolumeGroupAsync(name, ids, tags, ctx.CancellationToken).ConfigureAwait(false);
                await WriteCreated(bm, ctx, answer, name, null, began).ConfigureAwait(false);
            }, _volumes.Count > 0 ? ConnectionFor(_volumes[0]) : null));
        }

        private void Recover()
        {
            BmVersions.Require(this, BareMetalBlockStorageClient.VersionRefusal(Connection, Ops.CreateVolumeGroupRecovery));
            if (!ShouldProcess($"volume group {Snapshot.VolumeGroupId}", $"Recover group snapshot {Snapshot} into a new group (volumes named {VolumeNamePrefix}…)")) return;
            var (groupId, snapshotId, prefix) = (Snapshot.VolumeGroupId, Snapshot.Id, VolumeNamePrefix);
            Run(new ScpWorkItem($"Recover group snapshot {Snapshot}", Snapshot, async ctx =>
            {
                var bm = new BareMetalBlockStorageClient(ctx.Client);
                var began = DateTimeOffset.UtcNow;
                var answer = await bm.CreateVolumeGroupRecoveryAsync(groupId, snapshotId, prefix, ctx.CancellationToken).ConfigureAwait(false);
                await WriteCreated(bm, ctx, answer, null, groupId, began).ConfigureAwait(false);
            }, ConnectionFor(Snapshot)));
        }

        private static async System.Threading.Tasks.Task WriteCreated(BareMetalBlockStorageClient bm, ScpWorkContext ctx, ScpBmRequest answer,
            string? name, string? sourceId, DateTimeOffset began)
        {
            var group = await bm.FindCreatedVolumeGroupAsync(answer, name, began, sourceId, ctx.CancellationToken).ConfigureAwait(false);
            if (group == null) { ctx.Output.Object(answer); return; }
            if (ctx.Wait != null) group = await bm.WaitForVolumeGroupAsync(group.Id, group.Name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
            ctx.Output.Object(group);
        }
    }
}
