using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;
using ScpStorage.Core.Http;
using ScpStorage.Core.Paging;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>
    /// Typed Virtual Server block storage operations over one <see cref="ScpClient"/>: volumes,
    /// snapshots, volume types, transfers, servers and their volumes, plus waits. Lists stream
    /// page by page (limit/marker) and are synchronous: each page blocks while it is fetched.
    /// Every failure is an <see cref="Errors.ScpRequestFailedException"/>.
    /// </summary>
    public sealed partial class VirtualServerClient
    {
        /// <summary>The service name in endpoints and the Scp-Api-Version header.</summary>
        public const string ServiceName = "virtualserver";
        /// <summary>Page size used when the caller gives none.</summary>
        public const int DefaultPageSize = 500;
        /// <summary>The largest page SCP serves (limit ≤ 1000).</summary>
        public const int MaxPageSize = 1000;

        private readonly ScpClient _client;

        public VirtualServerClient(ScpClient client) { _client = client ?? throw new ArgumentNullException(nameof(client)); }

        public ScpConnection Connection => _client.Connection;

        // ---- Volumes -------------------------------------------------------------------------

        /// <summary>Streams volumes (newest pages arrive as they are read); <paramref name="sort"/> is e.g. "created_at:desc".</summary>
        public IEnumerable<ScpVolume> ListVolumes(VolumeFilter? filter = null, string? sort = null, int pageSize = DefaultPageSize,
            int? first = null, CancellationToken ct = default)
        {
            var r = VirtualServerOperations.ListVolumes.Request()
                .WithQuery("name", filter?.Name).WithQuery("state", filter?.State).WithQuery("bootable", filter?.Bootable)
                .WithQuery("sort", sort);
            return Stream(r, "volumes", pageSize, first, o => ScpVolume.FromJson(o, Connection), ct);
        }

        public async Task<ScpVolume> GetVolumeAsync(string volumeId, CancellationToken ct = default) =>
            ScpVolume.FromJson(Require(await SendAsync(VirtualServerOperations.GetVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId))), ct).ConfigureAwait(false), "volume"), Connection);

        /// <summary>Creates a volume; SCP answers 202 with the volume in state <c>creating</c>.</summary>
        public async Task<ScpVolume> CreateVolumeAsync(VolumeCreateSpec spec, CancellationToken ct = default)
        {
            if (spec == null) throw new ArgumentNullException(nameof(spec));
            if (string.IsNullOrEmpty(spec.Name)) throw new ArgumentException("A volume needs a name.", nameof(spec));
            var body = new JObject { ["name"] = spec.Name, ["size"] = spec.Size };
            if (spec.VolumeType != null) body["volume_type"] = spec.VolumeType;
            if (spec.SnapshotId != null) body["snapshot_id"] = spec.SnapshotId;
            if (VsTags.Write(spec.Tags) is JArray tags) body["tags"] = tags;
            return await Reconcile.ScpCreates.SendAsync(_client, VirtualServerOperations.CreateVolume.Request().WithBody(body),
                r => ScpVolume.FromJson(Require(r.Json as JObject, "volume"), Connection), VolumeLookup(spec.Name), ct).ConfigureAwait(false);
        }

        /// <summary>Renames a volume (VolumeUpdateRequest has only <c>name</c>).</summary>
        public async Task<ScpVolume> UpdateVolumeAsync(string volumeId, string name, CancellationToken ct = default)
        {
            var r = VirtualServerOperations.UpdateVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId)))
                .WithBody(new JObject { ["name"] = name ?? throw new ArgumentNullException(nameof(name)) });
            return ScpVolume.FromJson(Require(await SendAsync(r, ct).ConfigureAwait(false), "volume"), Connection);
        }

        /// <summary>Starts deleting a volume (202). <paramref name="cascade"/> deletes its snapshots too.</summary>
        public Task DeleteVolumeAsync(string volumeId, bool cascade = false, CancellationToken ct = default) =>
            DeleteConfirmedAsync(c => SendAsync(VirtualServerOperations.DeleteVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId)))
                .WithQuery("cascade", cascade ? true : (bool?)null), c), c => GetVolumeAsync(volumeId, c), v => v.State, $"delete of volume {volumeId}", ct);

        /// <summary>Grows a volume to <paramref name="newSize"/> GB; returns the volume when the answer carries it, else null.</summary>
        public async Task<ScpVolume?> ExtendVolumeAsync(string volumeId, int newSize, CancellationToken ct = default)
        {
            var r = VirtualServerOperations.ExtendVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId)))
                .WithBody(new JObject { ["size"] = newSize });
            // A retry refused with 400 because the size is already the one asked for is our own earlier attempt.
            return await Reconcile.ScpDoneOnRetry.SendAsync(_client,
                async c => Optional(await SendAsync(r, c).ConfigureAwait(false), "volume") is JObject o ? ScpVolume.FromJson(o, Connection) : null,
                e => e.Status == 400 || e.Status == 409,
                async c => { var v = await GetVolumeAsync(volumeId, c).ConfigureAwait(false); return (v.Size == newSize, (ScpVolume?)v); },
                $"resize of volume {volumeId} to {newSize} GB", ct).ConfigureAwait(false);
        }

        /// <summary>Reverts a volume to one of its snapshots (202, no body).</summary>
        public Task RevertVolumeAsync(string volumeId, string snapshotId, CancellationToken ct = default) =>
            SendAsync(VirtualServerOperations.RevertVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId)))
                .WithBody(new JObject { ["snapshot_id"] = Id(snapshotId, nameof(snapshotId)) }), ct);

        /// <summary>Attaches a volume to a server (202); returns the attachment when the answer carries it.</summary>
        public async Task<ScpServerVolume?> AttachVolumeAsync(string volumeId, string serverId, bool? deleteOnTermination = null, CancellationToken ct = default)
        {
            var body = new JObject { ["server_id"] = Id(serverId, nameof(serverId)) };
            if (deleteOnTermination.HasValue) body["delete_on_termination"] = deleteOnTermination.Value;
            var r = VirtualServerOperations.AttachVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId))).WithBody(body);
            return await Reconcile.ScpCreates.SendAsync<ScpServerVolume?>(_client, r,
                a => Optional(a.Json as JObject, "attachment") is JObject o ? ScpServerVolume.FromJson(o, Connection) : null,
                Nullable(AttachmentLookup(serverId, volumeId)), ct).ConfigureAwait(false);
        }

        /// <summary>Detaches a volume from a server (202, no body).</summary>
        public Task DetachVolumeAsync(string volumeId, string serverId, CancellationToken ct = default) =>
            Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client, async c => await SendAsync(VirtualServerOperations.DetachVolume.Request()
                    .WithPath("volume_id", Id(volumeId, nameof(volumeId))).WithPath("server_id", Id(serverId, nameof(serverId))), c).ConfigureAwait(false),
                GoneOrGoing, c => ConfirmDetached(volumeId, serverId, c), $"detach of volume {volumeId} from server {serverId}", ct);

        public async Task<ScpVolumeQuota> GetVolumeQuotaAsync(CancellationToken ct = default) =>
            ScpVolumeQuota.FromJson(Require(await SendAsync(VirtualServerOperations.GetVolumeQuota.Request(), ct).ConfigureAwait(false), null), Connection);

        // ---- Shared plumbing -----------------------------------------------------------------

        private async Task<JObject?> SendAsync(ScpRequest request, CancellationToken ct)
        {
            var response = await _client.SendAsync(request, ct).ConfigureAwait(false);
            return response.Json as JObject;
        }

        /// <summary>Validates paging arguments now (not on first enumeration) and streams mapped items.</summary>
        private IEnumerable<T> Stream<T>(ScpRequest request, string itemsProperty, int pageSize, int? first, Func<JObject, T> map, CancellationToken ct)
        {
            if (pageSize < 1 || pageSize > MaxPageSize)
                throw new ArgumentOutOfRangeException(nameof(pageSize), pageSize, $"The page size must be between 1 and {MaxPageSize}.");
            var spec = new ScpPageSpec(ScpPagingStyle.LimitMarker, itemsProperty, pageSize, first);
            return ScpPager.Stream(_client, request, spec, ct).Select(map);
        }

        /// <summary>Streams the items of an unpaged list (one request, on first enumeration).</summary>
        private IEnumerable<T> Single<T>(ScpRequest request, string itemsProperty, int? first, Func<JObject, T> map, CancellationToken ct)
        {
            if (first.HasValue && first.Value < 0) throw new ArgumentOutOfRangeException(nameof(first), "First must not be negative.");
            return Items();
            IEnumerable<T> Items()
            {
                if (first == 0) yield break;
                var json = _client.Send(request, ct).Json as JObject;
                var items = (json?[itemsProperty] as JArray)?.OfType<JObject>() ?? Enumerable.Empty<JObject>();
                if (first.HasValue) items = items.Take(first.Value);
                foreach (var item in items) yield return map(item);
            }
        }

        /// <summary>The resource object of an answer, accepting a one-key wrapper such as {"volume": {...}}.</summary>
        private static JObject Require(JObject? json, string? wrapper) =>
            Optional(json, wrapper) ?? throw new FormatException("SCP answered without the expected JSON object.");

        private static JObject? Optional(JObject? json, string? wrapper)
        {
            if (json == null) return null;
            if (wrapper != null && json.Count == 1 && json[wrapper] is JObject inner) return inner;
            return json.Count == 0 ? null : json;
        }

        private static string Id(string? value, string parameter) =>
            string.IsNullOrWhiteSpace(value) ? throw new ArgumentException("A non-empty id is required.", parameter) : value!;
    }
}
