using System;
using System.Collections.Generic;
using System.Linq;
using System.Net;
using System.Net.Http;
using ScpStorage.Core.Http;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Core.Tests.VirtualServer
{
    /// <summary>
    /// A fake Virtual Server endpoint: answers by "METHOD /path" (path without the
    /// /virtualserver prefix and query) and records every request.
    /// </summary>
    public sealed class VsFake
    {
        private readonly Dictionary<string, Func<CapturedRequest, HttpResponseMessage>> _routes =
            new Dictionary<string, Func<CapturedRequest, HttpResponseMessage>>(StringComparer.Ordinal);

        public VsFake()
        {
            Handler = new FakeHandler((r, n) =>
            {
                var key = r.Method + " " + PathOf(r);
                lock (_routes)
                    if (_routes.TryGetValue(key, out var respond)) return respond(r);
                return FakeHandler.Json(HttpStatusCode.NotFound,
                    "{\"errors\":[{\"status\":404,\"code\":\"NOT_FOUND\",\"title\":\"Not Found\",\"detail\":\"no route " + key + "\"}]}");
            });
            Client = new VirtualServerClient(TestClients.Client(Handler));
        }

        public FakeHandler Handler { get; }
        public VirtualServerClient Client { get; }
        public IReadOnlyList<CapturedRequest> Requests => Handler.Requests;
        public CapturedRequest Last => Handler.Requests.Last();

        public VsFake On(string method, string path, Func<CapturedRequest, HttpResponseMessage> respond)
        {
            lock (_routes) _routes[method + " " + path] = respond;
            return this;
        }

        public VsFake On(string method, string path, int status, string json) =>
            On(method, path, _ => json.Length == 0 ? FakeHandler.Status(status) : FakeHandler.Json((HttpStatusCode)status, json));

        /// <summary>The unescaped path after /virtualserver, without the query.</summary>
        public static string PathOf(CapturedRequest r)
        {
            var path = new Uri(r.Url).AbsolutePath;
            const string prefix = "/virtualserver";
            return Uri.UnescapeDataString(path.StartsWith(prefix, StringComparison.Ordinal) ? path.Substring(prefix.Length) : path);
        }

        public static HttpResponseMessage NotFound(string what) => FakeHandler.Json(HttpStatusCode.NotFound,
            "{\"errors\":[{\"status\":404,\"code\":\"NOT_FOUND\",\"title\":\"Not Found\",\"detail\":\"" + what + " not found\"}]}");
    }

    /// <summary>Payloads in the emulator's exact shapes (VolumeJson, SnapshotJson, VsFixtures) and the spec's examples.</summary>
    public static class VsPayloads
    {
        public const string VolumeId = "3f500f00-ed80-4566-a057-e31760226f9a";
        public const string ServerId = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f";
        public const string SnapshotId = "cceed636-1f1e-4bb0-b85c-4e5b9e0bf790";

        public static string Volume(string id = VolumeId, string state = "available", string name = "data01", int size = 100,
            string createdAt = "2026-02-11T06:44:40.281Z", string servers = "[]") =>
            "{\"state\":\"" + state + "\",\"bootable\":false,\"created_at\":\"" + createdAt + "\",\"encrypted\":false,\"id\":\"" + id +
            "\",\"modified_at\":\"" + createdAt + "\",\"multiattach\":false,\"name\":\"" + name + "\",\"servers\":" + servers +
            ",\"size\":" + size + ",\"snapshot_id\":null,\"user_id\":\"570907805e5447be84b618450ef52a0b\",\"volume_type\":\"SSD\"," +
            "\"volume_type_id\":\"c643ac35-3aec-43e6-b97a-3d6f666c5207\"}";

        public static string Snapshot(string id = SnapshotId, string status = "available", string name = "pre-patch") =>
            "{\"status\":\"" + status + "\",\"created_at\":\"2026-02-11T06:50:00.000Z\",\"id\":\"" + id + "\",\"metadata\":{}," +
            "\"name\":\"" + name + "\",\"size\":100,\"updated_at\":\"2026-02-11T06:50:00.000Z\",\"user_id\":\"570907805e5447be84b618450ef52a0b\"," +
            "\"volume_id\":\"" + VolumeId + "\"}";

        /// <summary>The spec's ServerListResponse example item (metadata and extra_specs as "").</summary>
        public const string Server =
            "{\"account_id\":\"a8f10467abfc4b87b64614ab36eb9ae4\",\"addresses\":[{\"ip_addresses\":[{\"ip_address\":\"192.169.3.2\",\"version\":4}]," +
            "\"subnet_name\":\"subnetname\"},{\"ip_addresses\":[{\"ip_address\":\"10.0.0.7\",\"version\":4}],\"subnet_name\":\"b\"}]," +
            "\"auto_scaling_group_id\":\"52613bd852b04b39adcb15a8364d856d\",\"created_at\":\"2026-02-11T06:44:45.212Z\"," +
            "\"created_by\":\"97e6b22c9a4143789ca522df7457a32f\",\"disk_config\":\"MANUAL\",\"id\":\"" + ServerId + "\"," +
            "\"image_id\":\"70a599e0-31e7-49b7-b260-868f441e862b\",\"is_marketplace\":false,\"keypair_name\":\"keypairname\"," +
            "\"launch_configuration_id\":\"b5aea5a675fc4f6b9e0fcd1288354c5f\",\"locked\":false,\"metadata\":\"\"," +
            "\"modified_at\":\"2026-02-11T06:44:45.237Z\",\"name\":\"servername\",\"partition_number\":1,\"planned_compute_os_type\":\"windows\"," +
            "\"product_category\":\"compute\",\"product_offering\":\"virtual_server\",\"security_groups\":[{\"name\":\"securitygroup\"}]," +
            "\"server_group_id\":\"616fb98f-46ca-475e-917e-2563e5a8cd19\",\"server_type\":{\"disk\":100,\"ephemeral\":0,\"extra_specs\":\"\"," +
            "\"id\":\"s1v1m2\",\"name\":\"s1v1m2\",\"ram\":2,\"swap\":0,\"vcpus\":1},\"state\":\"ACTIVE\"," +
            "\"volumes\":[{\"delete_on_termination\":false,\"id\":\"" + VolumeId + "\"}],\"vpc_id\":\"cc976b621087484ea5fd527f4b78708b\"}";
    }
}
