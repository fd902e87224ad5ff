using System.Collections.Generic;
using System.Linq;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.Backup;

/// <summary>A server Backup can protect: Virtual Server's servers, plus GPU and bare-metal fixtures of its own.</summary>
internal sealed record BkServer(string Id, string Name, string Category, string Type, string OsVersion, string OsType, string Ip, string? VpcId);

internal static class BkServers
{
    public const string Gpu01Id = "5b7d9f1a-3c5e-4a7b-9d1f-3a5c7e9b1d3f";
    public const string Bm01Id = "8e0a2c4e-6a8c-4e0a-8c2e-4a6c8e0a2c4e";

    public static IEnumerable<Resource> Fixtures()
    {
        yield return Fixture(Gpu01Id, "gpu01", "GPU_SERVER", "g1v8m64", "10.0.5.20");
        yield return Fixture(Bm01Id, "bm01", "BAREMETAL_SERVER", "b1v16m128", "10.0.6.30");
    }

    private static Resource Fixture(string id, string name, string category, string type, string ip)
    {
        var r = Bk.New(Bk.FixtureServer, id, name, "RUNNING", "2026-02-11T06:50:00Z");
        r.SetData(new JsonObject { ["category"] = category, ["server_type"] = type, ["ip"] = ip });
        return r;
    }

    /// <summary>Every server of a category (null: all), in creation order.</summary>
    public static IEnumerable<BkServer> All(EmulatorRuntime rt, string? category = null)
    {
        if (category is null or "VIRTUAL_SERVER")
            foreach (var s in rt.Store.List(new ListQuery("virtualserver", "server") { Limit = 10000 }).Items)
            {
                var d = s.Data();
                var ip = d["addresses"]?[0]?["ip_addresses"]?[0]?["ip_address"]?.GetValue<string>() ?? "";
                yield return new BkServer(s.Id, s.Name ?? "", "VIRTUAL_SERVER", d["server_type"]?["name"]?.GetValue<string>() ?? "",
                    "UBUNTU 22.04", "LINUX", ip, d["vpc_id"]?.GetValue<string>() ?? "7df8abb4912e4709b1cb237daccca7a8");
            }
        foreach (var f in rt.Store.List(new ListQuery(Bk.Service, Bk.FixtureServer) { Limit = 1000 }).Items)
        {
            var d = f.Data();
            var cat = d["category"]!.GetValue<string>();
            if (category == null || category == cat)
                yield return new BkServer(f.Id, f.Name ?? "", cat, d["server_type"]!.GetValue<string>(), "UBUNTU 22.04", "LINUX",
                    d["ip"]!.GetValue<string>(), "7df8abb4912e4709b1cb237daccca7a8");
        }
    }

    public static BkServer? Find(EmulatorRuntime rt, string id) => All(rt).FirstOrDefault(s => s.Id == id);

    /// <summary>The AVAILABLE agent on a server, if any.</summary>
    public static Resource? AgentOf(EmulatorRuntime rt, string serverId) =>
        rt.Store.List(new ListQuery(Bk.Service, Bk.Agent) { Limit = 10000 }.Where("json_extract(json,'$.server_uuid') = {0}", serverId)).Items.FirstOrDefault();
}
