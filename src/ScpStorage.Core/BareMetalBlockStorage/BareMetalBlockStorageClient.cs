using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;
using ScpStorage.Core.Http;
using ScpStorage.Core.Paging;
using ScpStorage.Core.VirtualServer;
using Ops = ScpStorage.Core.BareMetalBlockStorage.BareMetalBlockStorageOperations;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    /// <summary>
    /// Typed bare metal block storage operations over one <see cref="ScpClient"/>: volumes,
    /// volume groups, snapshots, snapshot rates and schedules, replications, plus waits. Lists
    /// page by offset/limit. Show answers come wrapped in <c>{"result": …}</c> and are unwrapped
    /// here. Every failure is an <see cref="Errors.ScpRequestFailedException"/>; an operation the
    /// pinned API version lacks is refused before sending (<see cref="NotSupportedException"/>).
    /// </summary>
    public sealed partial class BareMetalBlockStorageClient
    {
        public const string ServiceName = "baremetal-blockstorage";
        /// <summary>SCP documents no maximum <c>limit</c> for this service, so pages stay modest.</summary>
        public const int DefaultPageSize = 100;
        public const int MaxPageSize = 1000;

        private readonly ScpClient _client;

        public BareMetalBlockStorageClient(ScpClient client) { _client = client ?? throw new ArgumentNullException(nameof(client)); }

        public ScpConnection Connection => _client.Connection;

        // ---- Volumes -------------------------------------------------------------------------

        /// <summary>Streams volumes; <paramref name="name"/>, <paramref name="serverName"/> (object_name) and <paramref name="volumeGroupName"/> are sent as SCP's filters.</summary>
        public IEnumerable<ScpBmVolume> ListVolumes(string? name = null, string? serverName = null, string? volumeGroupName = null, string? sort = null,
            int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            var r = Ops.ListVolumes.Request().WithQuery("name", name).WithQuery("object_name", serverName)
                .WithQuery("volume_group_name", volumeGroupName).WithQuery("sort", sort);
            return Stream<ScpBmVolume>(r, "volumes", pageSize, first, v => v.Id, ct);
        }

        public async Task<ScpBmVolume> GetVolumeAsync(string volumeId, CancellationToken ct = default)
        {
            var v = Result<ScpBmVolume>(await SendAsync(Ops.ShowVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId))), ct).ConfigureAwait(false));
            v.IsDetailed = true;
            return v;
        }

        /// <summary>Starts creating a volume (202). A lost answer is reconciled by the volume's name before anything is sent again.</summary>
        public Task<ScpBmRequest> CreateVolumeAsync(ScpBmVolumeSpec spec, CancellationToken ct = default)
        {
            if (spec == null) throw new ArgumentNullException(nameof(spec));
            if (string.IsNullOrEmpty(spec.Name)) throw new ArgumentException("A volume needs a name.", nameof(spec));
            var body = new JObject
            {
                ["name"] = spec.Name, ["size_gb"] = spec.SizeGB, ["disk_type"] = spec.DiskType,
                // attachments is a required key of the request: an empty list when no server is given.
                ["attachments"] = new JArray(spec.Attachments.Select(a => new JObject { ["object_id"] = a.Key, ["object_type"] = a.Value })),
            };
            if (spec.Iops.HasValue || spec.Throughput.HasValue)
            {
                RefuseBelow("1.2", "QoS at creation (-Iops/-Throughput)");
                body["qos"] = new JObject { ["iops"] = spec.Iops, ["throughput"] = spec.Throughput };
            }
            if (spec.Tags != null) body["tags"] = new JArray(spec.Tags.Select(t => new JObject { ["key"] = t.Key, ["value"] = t.Value }));
            return CreateAsync(Ops.CreateVolume.Request().WithBody(body), VolumeLookup(spec.Name), ct);
        }

        /// <summary>Starts deleting a volume (202); a retried delete refused because the volume is gone or going counts as done.</summary>
        public Task DeleteVolumeAsync(string volumeId, CancellationToken ct = default) =>
            Reconcile.ScpDoneOnRetry.SendAsync<object?>(_client,
                async c => { await SendAsync(Ops.DeleteVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId))), c).ConfigureAwait(false); return null; },
                e => e.Status == 404 || e.Status == 400, c => ConfirmVolumeGone(volumeId, c), $"delete of volume {volumeId}", ct);

        /// <summary>Changes IOPS and/or throughput (API 1.2 and later); an omitted value keeps SCP's current one.</summary>
        public async Task<ScpBmQos> SetVolumeQosAsync(string volumeId, int? iops, int? throughput, CancellationToken ct = default)
        {
            Refuse(Ops.SetVolumeQos);
            if (!iops.HasValue && !throughput.HasValue) throw new ArgumentException("Give IOPS, throughput or both.");
            var body = new JObject();
            if (iops.HasValue) body["iops"] = iops.Value;
            if (throughput.HasValue) body["throughput"] = throughput.Value;
            var r = Ops.SetVolumeQos.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId))).WithBody(body);
            return Decode<ScpBmQos>(await SendAsync(r, ct).ConfigureAwait(false));
        }

        /// <summary>Attaches a volume to one or more servers in one request (multi-attach); answers the attachments SCP lists.</summary>
        public async Task<IReadOnlyList<ScpBmAttachment>> AttachVolumeAsync(string volumeId, IEnumerable<KeyValuePair<string, string>> servers, CancellationToken ct = default)
        {
            var list = new JArray(servers.Select(s => new JObject { ["object_id"] = Id(s.Key, "serverId"), ["object_type"] = s.Value }));
            if (list.Count == 0) throw new ArgumentException("Name at least one server to attach.", nameof(servers));
            var r = Ops.AttachVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId))).WithBody(new JObject { ["attachments"] = list });
            return Attachments(await SendAsync(r, ct).ConfigureAwait(false));
        }

        /// <summary>Detaches a volume from servers: a DELETE whose JSON body lists the server ids.</summary>
        public async Task<IReadOnlyList<ScpBmAttachment>> DetachVolumeAsync(string volumeId, IEnumerable<string> serverIds, CancellationToken ct = default)
        {
            var ids = new JArray(serverIds.Select(s => Id(s, "serverId")));
            if (ids.Count == 0) throw new ArgumentException("Name at least one server to detach from.", nameof(serverIds));
            var r = Ops.DetachVolume.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId))).WithBody(new JObject { ["attachments"] = ids });
            return Attachments(await SendAsync(r, ct).ConfigureAwait(false));
        }

        /// <summary>Recovers a volume snapshot into a new volume named <paramref name="name"/> (202; API 1.1 and later).</summary>
        public Task<ScpBmRequest> CreateVolumeRecoveryAsync(string volumeId, string snapshotId, string name, CancellationToken ct = default)
        {
            Refuse(Ops.CreateVolumeRecovery);
            var r = Ops.CreateVolumeRecovery.Request().WithPath("volume_id", Id(volumeId, nameof(volumeId)))
                .WithBody(new JObject { ["name"] = name ?? throw new ArgumentNullException(nameof(name)), ["snapshot_id"] = Id(snapshotId, nameof(snapshotId)) });
            return CreateAsync(r, VolumeLookup(name), ct);
        }

        // ---- API versions --------------------------------------------------------------------

        /// <summary>
        /// Why the session's pinned API version cannot call <paramref name="operation"/>, or null
        /// when it can (<see cref="BareMetalBlockStorageOperations.Since"/>). Cmdlets ask before
        /// confirming anything; the client asks again before sending.
        /// </summary>
        public static string? VersionRefusal(ScpConnection connection, ScpOperation operation) =>
            Ops.Since.TryGetValue(operation, out var since) ? Below(connection, since, operation.Name) : null;

        /// <summary>As <see cref="VersionRefusal"/> for a feature newer than its operation (QoS at creation: 1.2).</summary>
        public static string? Below(ScpConnection connection, string since, string what)
        {
            var pinned = connection.ApiVersion(ServiceName).Version;
            if (!Version.TryParse(pinned, out var have) || !Version.TryParse(since, out var need) || have >= need) return null;
            return $"{what} needs {ServiceName} API {since} or later, but this session pins {pinned}. " +
                   $"Remove the pin (Set-ScpApiVersion {ServiceName} -Current) or pin {since} or later.";
        }

        private void Refuse(ScpOperation operation)
        {
            if (VersionRefusal(Connection, operation) is string why) throw new NotSupportedException(why);
        }

        private void RefuseBelow(string since, string what)
        {
            if (Below(Connection, since, what) is string why) throw new NotSupportedException(why);
        }

        // ---- Shared plumbing -----------------------------------------------------------------

        private Task<ScpResponse> SendAsync(ScpRequest request, CancellationToken ct) => _client.SendAsync(request, ct);

        private IEnumerable<T> Stream<T>(ScpRequest request, string itemsProperty, int pageSize, int? first, Func<T, string?> keyOf, CancellationToken ct)
            where T : ScpResource =>
            ScpServiceCalls.Stream(_client, ServiceName, request, ScpPagingStyle.OffsetLimit, itemsProperty, pageSize, MaxPageSize, first, keyOf, ct);

        /// <summary>A bare answer decoded into <typeparamref name="T"/> and stamped.</summary>
        private T Decode<T>(ScpResponse response) where T : ScpResource => Decode<T>(response.Json as JObject);

        private T Decode<T>(JToken? json) where T : ScpResource => ScpServiceCalls.DecodeObject<T>(_client, ServiceName, json);

        /// <summary>A Show answer: the object inside <c>{"result": …}</c> (a bare object is accepted too).</summary>
        private T Result<T>(ScpResponse response) where T : ScpResource
        {
            var json = response.Json as JObject;
            return Decode<T>(json?["result"] is JObject inner ? inner : json);
        }

        private IReadOnlyList<ScpBmAttachment> Attachments(ScpResponse response)
        {
            // 1.2+ answer {attachments:[…]}; 1.0/1.1 answered {"result": volume}: nothing to list then.
            var items = (response.Json as JObject)?["attachments"] as JArray;
            return items == null ? Array.Empty<ScpBmAttachment>()
                : items.OfType<JObject>().Select(i => Decode<ScpBmAttachment>(i)).ToList();
        }

        private static string Id(string? value, string parameter) => ScpServiceCalls.Id(value, parameter);
    }
}
