using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.VirtualServer
{
    public sealed partial class VirtualServerClient
    {
        /// <summary>Streams servers; SCP sorts by created_at:desc unless <paramref name="sort"/> says otherwise.</summary>
        public IEnumerable<ScpServer> ListServers(ServerFilter? filter = null, string? sort = null, int pageSize = DefaultPageSize,
            int? first = null, CancellationToken ct = default)
        {
            var r = VirtualServerOperations.ListServers.Request()
                .WithQuery("name", filter?.Name).WithQuery("ip", filter?.Ip).WithQuery("state", filter?.State)
                .WithQuery("product_category", filter?.ProductCategory).WithQuery("product_offering", filter?.ProductOffering)
                .WithQuery("vpc_id", filter?.VpcId).WithQuery("server_type_id", filter?.ServerTypeId)
                .WithQuery("auto_scaling_group_id", filter?.AutoScalingGroupId).WithQuery("sort", sort);
            return Stream<ScpServer>(r, "servers", pageSize, first, x => x.Id, ct);
        }

        public async Task<ScpServer> GetServerAsync(string serverId, CancellationToken ct = default) =>
            Decode<ScpServer>(Require(await SendAsync(VirtualServerOperations.GetServer.Request()
                .WithPath("server_id", Id(serverId, nameof(serverId))), ct).ConfigureAwait(false), "server"));

        /// <summary>The volumes attached to a server (not paged: one request).</summary>
        public IEnumerable<ScpServerVolume> ListServerVolumes(string serverId, CancellationToken ct = default) =>
            Single<ScpServerVolume>(VirtualServerOperations.ListServerVolumes.Request().WithPath("server_id", Id(serverId, nameof(serverId))),
                "volumes", null, ct);

        public async Task<ScpServerVolume> GetServerVolumeAsync(string serverId, string volumeId, CancellationToken ct = default) =>
            Decode<ScpServerVolume>(Require(await SendAsync(ServerVolume(VirtualServerOperations.GetServerVolume, serverId, volumeId), ct)
                .ConfigureAwait(false), "volume"));

        /// <summary>Attaches a volume from the server side; <paramref name="device"/> picks the device path (SCP chooses when null).</summary>
        public async Task<ScpServerVolume> CreateServerVolumeAsync(string serverId, string volumeId, bool? deleteOnTermination = null,
            string? device = null, CancellationToken ct = default)
        {
            var body = new JObject { ["volume_id"] = Id(volumeId, nameof(volumeId)) };
            if (deleteOnTermination.HasValue) body["delete_on_termination"] = deleteOnTermination.Value;
            if (device != null) body["device"] = device;
            var r = VirtualServerOperations.CreateServerVolume.Request().WithPath("server_id", Id(serverId, nameof(serverId))).WithBody(body);
            return await Reconcile.ScpCreates.SendAsync(_client, r, a => Decode<ScpServerVolume>(Require(a, "volume")),
                AttachmentLookup(serverId, volumeId), ct).ConfigureAwait(false);
        }

        /// <summary>Changes whether the volume is deleted with the server.</summary>
        public async Task<ScpServerVolume> UpdateServerVolumeAsync(string serverId, string volumeId, bool deleteOnTermination, CancellationToken ct = default)
        {
            var r = ServerVolume(VirtualServerOperations.UpdateServerVolume, serverId, volumeId)
                .WithBody(new JObject { ["volume_id"] = volumeId, ["delete_on_termination"] = deleteOnTermination });
            return Decode<ScpServerVolume>(Require(await SendAsync(r, ct).ConfigureAwait(false), "volume"));
        }

        /// <summary>Detaches a volume from the server side (202).</summary>
        public Task DeleteServerVolumeAsync(string serverId, string volumeId, CancellationToken ct = default) =>
            Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client, async c => await SendAsync(ServerVolume(VirtualServerOperations.DeleteServerVolume, serverId, volumeId), c).ConfigureAwait(false),
                GoneOrGoing, c => ConfirmDetached(volumeId, serverId, c), $"detach of volume {volumeId} from server {serverId}", ct);

        private static Http.ScpRequest ServerVolume(ScpOperation op, string serverId, string volumeId) =>
            op.Request().WithPath("server_id", Id(serverId, nameof(serverId))).WithPath("volume_id", Id(volumeId, nameof(volumeId)));
    }
}
