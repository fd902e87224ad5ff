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
            return Stream<ScpVolume>(WithoutTotal(r), "volumes", pageSize, first, x => x.Id, ct);
        }

        public async Task<ScpVolume> GetVolumeAsync(string volumeId, CancellationToken ct = default) =>
            Decode<ScpVolume>(Require(await SendAsync(VirtualServerOperations.GetVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId))), ct).ConfigureAwait(false), "volume"));

        /// <summary>Creates a volume; SCP answers 202 with the volume in state <c>creating</c>.</summary>
        public async Task<ScpVolume> CreateVolumeAsync(VolumeCreateSpec spec, CancellationToken ct = default)
        {
            if (spec == null) throw new ArgumentNullException(nameof(spec));
            if (string.IsNullOrEmpty(spec.Name)) throw new ArgumentException("A volume needs a name.", nameof(spec));
            var body = new JObject { ["name"] = spec.Name, ["size"] = spec.Size };
            if (spec.VolumeType != null) body["volume_type"] = spec.VolumeType;
            if (spec.SnapshotId != null) body["snapshot_id"] = spec.SnapshotId;
            if (VsTagsConverter.Write(spec.Tags) is JArray tags) body["tags"] = tags;
            return await Reconcile.ScpCreates.SendAsync(_client, VirtualServerOperations.CreateVolume.Request().WithBody(body),
                r => Decode<ScpVolume>(Require(r, "volume")), VolumeLookup(spec.Name), ct).ConfigureAwait(false);
        }

        /// <summary>Renames a volume (VolumeUpdateRequest has only <c>name</c>).</summary>
        public async Task<ScpVolume> UpdateVolumeAsync(string volumeId, string name, CancellationToken ct = default)
        {
            var r = VirtualServerOperations.UpdateVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId)))
                .WithBody(new JObject { ["name"] = name ?? throw new ArgumentNullException(nameof(name)) });
            return Decode<ScpVolume>(Require(await SendAsync(r, ct).ConfigureAwait(false), "volume"));
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
                async c => Optional(await SendAsync(r, c).ConfigureAwait(false), "volume") is Answer o ? Decode<ScpVolume>(o) : null,
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
                a => Optional(a, "attachment") is Answer o ? Decode<ScpServerVolume>(o) : null,
                Nullable(AttachmentLookup(serverId, volumeId)), ct).ConfigureAwait(false);
        }

        /// <summary>Detaches a volume from a server (202, no body).</summary>
        public Task DetachVolumeAsync(string volumeId, string serverId, CancellationToken ct = default) =>
            Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client, async c => await SendAsync(VirtualServerOperations.DetachVolume.Request()
                    .WithPath("volume_id", Id(volumeId, nameof(volumeId))).WithPath("server_id", Id(serverId, nameof(serverId))), c).ConfigureAwait(false),
                GoneOrGoing, c => ConfirmDetached(volumeId, serverId, c), $"detach of volume {volumeId} from server {serverId}", ct);

        public async Task<ScpVolumeQuota> GetVolumeQuotaAsync(CancellationToken ct = default) =>
            Decode<ScpVolumeQuota>(Require(await SendAsync(VirtualServerOperations.GetVolumeQuota.Request(), ct).ConfigureAwait(false), "quota_set"));

        // ---- Shared plumbing -----------------------------------------------------------------

        private Task<ScpResponse> SendAsync(ScpRequest request, CancellationToken ct) => _client.SendAsync(request, ct);

        /// <summary>Validates paging arguments now (not on first enumeration) and streams decoded, stamped items.</summary>
        private IEnumerable<T> Stream<T>(ScpRequest request, string itemsProperty, int pageSize, int? first, Func<T, string?> keyOf, CancellationToken ct)
            where T : ScpResource =>
            ScpServiceCalls.Stream(_client, ServiceName, request, ScpPagingStyle.LimitMarker, itemsProperty, pageSize, MaxPageSize, first, keyOf, ct);

        /// <summary>
        /// <c>with_count=false</c>, for the lists that document it (volumes, snapshots): nothing
        /// here reads the total (the pager stops on short pages; SCP does not say whether
        /// <c>count</c> is a total), and counting is the server's dearest part of a page — against
        /// 100,000 volumes the emulator answers a page of 100 in 14 ms with the count, 2 ms without.
        /// </summary>
        private static ScpRequest WithoutTotal(ScpRequest request) => request.WithQuery("with_count", false);

        /// <summary>Streams the items of an unpaged list (one request, on first enumeration).</summary>
        private IEnumerable<T> Single<T>(ScpRequest request, string itemsProperty, int? first, CancellationToken ct) where T : ScpResource
        {
            if (first.HasValue && first.Value < 0) throw new ArgumentOutOfRangeException(nameof(first), "First must not be negative.");
            return Items();
            IEnumerable<T> Items()
            {
                if (first == 0) yield break;
                var taken = 0;
                foreach (var item in ScpPageFetch.Items<T>(_client, request, itemsProperty, new ScpPageFacts(), ct))
                {
                    if (first.HasValue && taken++ >= first.Value) yield break;
                    yield return item.Stamp<T>(ServiceName, Connection);
                }
            }
        }

        /// <summary>One model from a single answer, decoded by the shared serializer and stamped with where it came from.</summary>
        private T Decode<T>(Answer answer) where T : ScpResource
        {
            T? model;
            if (answer.Object != null) model = ScpJson.Decode<T>(answer.Object);
            else using (var reader = ScpJson.Reader(new System.IO.StringReader(answer.Body!))) model = ScpJson.Read<T>(reader);
            return (model ?? throw new FormatException("SCP answered without the expected JSON object.")).Stamp<T>(ServiceName, Connection);
        }

        /// <summary>The part of an answer that holds the resource: the whole body, or the object inside a one-key wrapper.</summary>
        private readonly struct Answer
        {
            public Answer(string? body, JObject? obj) { Body = body; Object = obj; }
            public string? Body { get; }
            public JObject? Object { get; }
        }

        /// <summary>The resource object of an answer, accepting a one-key wrapper such as {"volume": {...}}.</summary>
        private static Answer Require(ScpResponse response, string? wrapper) =>
            Optional(response, wrapper) ?? throw new FormatException("SCP answered without the expected JSON object.");

        /// <summary>
        /// Null for an empty body or <c>{}</c>. The body is decoded straight from its text; only a
        /// body that opens with the wrapper's key is parsed first, to see whether it is a wrapper.
        /// </summary>
        private static Answer? Optional(ScpResponse response, string? wrapper)
        {
            var body = response.Body;
            var i = Skip(body, 0);
            if (i >= body.Length || body[i] != '{') return null;
            var j = Skip(body, i + 1);
            if (j < body.Length && body[j] == '}') return null;
            if (wrapper != null && string.CompareOrdinal(body, j, "\"" + wrapper + "\"", 0, wrapper.Length + 2) == 0
                && response.Json is JObject json)
                return new Answer(null, json.Count == 1 && json[wrapper] is JObject inner ? inner : json);
            return new Answer(body, null);
        }

        private static int Skip(string s, int i)
        {
            while (i < s.Length && char.IsWhiteSpace(s[i])) i++;
            return i;
        }

        private static string Id(string? value, string parameter) => ScpServiceCalls.Id(value, parameter);
    }
}
