using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.VirtualServer;
using Ops = ScpStorage.Core.BareMetalBlockStorage.BareMetalBlockStorageOperations;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    /// <summary>Replications of a volume or a volume group: the target's kind picks the operation of each pair.</summary>
    public sealed partial class BareMetalBlockStorageClient
    {
        public async Task<ScpBmReplication> GetReplicationAsync(ScpBmTargetKind kind, string id, CancellationToken ct = default)
        {
            var rep = Result<ScpBmReplication>(await SendAsync(On(Pick(kind, Ops.ShowVolumeReplication, Ops.ShowVolumeGroupReplication), kind, id), ct).ConfigureAwait(false));
            rep.SourceKind = kind;
            rep.SourceId = id;
            return rep;
        }

        /// <summary>Starts a replication to <paramref name="region"/> (202). A group needs <paramref name="volumeNamePrefix"/> for its replica volumes.</summary>
        public Task<ScpBmRequest> CreateReplicationAsync(ScpBmTargetKind kind, string id, string name, string region, string cycle,
            string? volumeNamePrefix = null, CancellationToken ct = default)
        {
            var body = new JObject { ["cycle"] = cycle, ["name"] = name, ["region"] = region };
            if (kind == ScpBmTargetKind.VolumeGroup)
                body["replication_volume_name_prefix"] = volumeNamePrefix ?? throw new System.ArgumentException("A volume group's replication needs a volume name prefix.", nameof(volumeNamePrefix));
            // A source has at most one replication: a lost answer is found by Show … Replication.
            return Reconcile.ScpCreates.SendAsync(_client, On(Pick(kind, Ops.CreateVolumeReplication, Ops.CreateVolumeGroupReplication), kind, id).WithBody(body),
                r => Decode<ScpBmRequest>(r), ReplicationLookup(kind, id), ct);
        }

        /// <summary>Ends the replication. Volumes answer 202, groups 200 <c>{"result": …}</c>; neither answer is needed.</summary>
        public async Task DeleteReplicationAsync(ScpBmTargetKind kind, string id, CancellationToken ct = default) =>
            await Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client,
                async c => { await SendAsync(On(Pick(kind, Ops.DeleteVolumeReplication, Ops.DeleteVolumeGroupReplication), kind, id), c).ConfigureAwait(false); return null; },
                e => e.Status == 404 || e.Status == 400, async c => (await HasReplication(kind, id, c).ConfigureAwait(false) == false, (object?)null),
                $"delete of the replication of {kind} {id}", ct).ConfigureAwait(false);

        /// <summary>5MIN, HOURLY, DAILY, WEEKLY or MONTHLY.</summary>
        public async Task<ScpBmReplicationChange> SetReplicationCycleAsync(ScpBmTargetKind kind, string id, string cycle, CancellationToken ct = default) =>
            Decode<ScpBmReplicationChange>(await SendAsync(On(Pick(kind, Ops.SetVolumeReplicationCycle, Ops.SetVolumeGroupReplicationCycle), kind, id)
                .WithBody(new JObject { ["cycle"] = cycle }), ct).ConfigureAwait(false));

        /// <summary>RESYNC or BREAK.</summary>
        public async Task<ScpBmReplicationChange> SetReplicationPolicyAsync(ScpBmTargetKind kind, string id, string policy, CancellationToken ct = default) =>
            Decode<ScpBmReplicationChange>(await SendAsync(On(Pick(kind, Ops.SetVolumeReplicationPolicy, Ops.SetVolumeGroupReplicationPolicy), kind, id)
                .WithBody(new JObject { ["policy"] = policy }), ct).ConfigureAwait(false));

        private static ScpOperation Pick(ScpBmTargetKind kind, ScpOperation volume, ScpOperation group) =>
            kind == ScpBmTargetKind.Volume ? volume : group;

        private static Http.ScpRequest On(ScpOperation op, ScpBmTargetKind kind, string id) =>
            op.Request().WithPath(kind == ScpBmTargetKind.Volume ? "volume_id" : "volume_group_id", Id(id, nameof(id)));

        /// <summary>The source's has_replication flag (null when SCP does not say).</summary>
        private async Task<bool?> HasReplication(ScpBmTargetKind kind, string id, CancellationToken ct) =>
            kind == ScpBmTargetKind.Volume ? (await GetVolumeAsync(id, ct).ConfigureAwait(false)).HasReplication
                : (await GetVolumeGroupAsync(id, ct).ConfigureAwait(false)).HasReplication;

        private Reconcile.ScpCreateLookup<ScpBmRequest> ReplicationLookup(ScpBmTargetKind kind, string id) =>
            new Reconcile.ScpCreateLookup<ScpBmRequest>($"replication of {kind} {id}", $"Get-ScpBmReplication -{kind}Id '{id}'",
                async ct => await HasReplication(kind, id, ct).ConfigureAwait(false) == true
                    ? new[] { Adopted(id, null) } : System.Array.Empty<ScpBmRequest>(),
                r => r.ResourceId ?? "", r => null);
    }
}
