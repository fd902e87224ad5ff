using System.Collections.Generic;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>The volume types and servers every emulator starts with, with fixed ids tests can rely on.</summary>
internal static class VsFixtures
{
    public const string SsdTypeId = "c643ac35-3aec-43e6-b97a-3d6f666c5207";
    public const string HddTypeId = "5d1f8c3e-0b7a-4f55-9a0e-2f5b6d7c8e91";
    public const string SsdKmsTypeId = "9a2b4c6d-8e0f-4a1b-b3c5-d7e9f1a3b5c7";
    public const string DefaultTypeId = SsdTypeId;

    public const string Web01Id = "2a9be312-5d4b-4bc8-b2ae-35100fa9241f";
    public const string Web02Id = "7c1e5f3a-9b2d-4e8f-a6c4-1d3b5f7a9c2e";
    public const string Db01Id = "e4f6a8b0-c2d4-4e6f-8a0b-2c4d6e8f0a1b";

    /// <summary>(id, name, encrypted)</summary>
    public static readonly IReadOnlyList<(string Id, string Name, bool Encrypted)> VolumeTypes = new[]
    {
        (SsdTypeId, "SSD", false), (HddTypeId, "HDD", false), (SsdKmsTypeId, "SSD_KMS", true),
    };

    public static IEnumerable<Resource> Types()
    {
        var seq = 0;
        foreach (var (id, name, _) in VolumeTypes)
        {
            var r = Vs.NewResource(Vs.VolumeType, id, name, "available", $"2024-10-01T00:00:0{seq++}.000Z");
            r.SetData(new JsonObject { ["extra_specs"] = new JsonObject { ["multiattach"] = "False" }, ["id"] = id, ["name"] = name });
            yield return r;
        }
    }

    public static IEnumerable<Resource> Servers(string accountId, string userId)
    {
        yield return Server(Web01Id, "web01", "192.169.3.2", "s1v1m2", 1, 2, "2026-02-11T06:44:45.212Z", accountId, userId);
        yield return Server(Web02Id, "web02", "192.169.3.3", "s1v1m2", 1, 2, "2026-02-11T06:45:12.034Z", accountId, userId);
        yield return Server(Db01Id, "db01", "192.169.4.10", "s1v4m8", 4, 8, "2026-02-11T06:46:03.517Z", accountId, userId);
    }

    private static Resource Server(string id, string name, string ip, string type, int vcpus, int ram, string created, string accountId, string userId)
    {
        var r = Vs.NewResource(Vs.Server, id, name, "ACTIVE", created);
        r.SetData(new JsonObject
        {
            ["account_id"] = accountId,
            ["addresses"] = new JsonArray(new JsonObject
            {
                ["ip_addresses"] = new JsonArray(new JsonObject { ["ip_address"] = ip, ["version"] = 4 }),
                ["subnet_name"] = "subnetname",
            }),
            ["auto_scaling_group_id"] = null,
            ["created_at"] = created,
            ["created_by"] = userId,
            ["disk_config"] = "MANUAL",
            ["id"] = id,
            ["image_id"] = "70a599e0-31e7-49b7-b260-868f441e862b",
            ["is_marketplace"] = false,
            ["keypair_name"] = "keypairname",
            ["launch_configuration_id"] = null,
            ["locked"] = false,
            ["metadata"] = new JsonObject(),
            ["modified_at"] = created,
            ["name"] = name,
            ["planned_compute_os_type"] = "open_source",
            ["product_category"] = "compute",
            ["product_offering"] = "virtual_server",
            ["security_groups"] = new JsonArray(new JsonObject { ["name"] = "securitygroup" }),
            ["server_group_id"] = null,
            ["server_type"] = new JsonObject
            {
                ["disk"] = 100, ["ephemeral"] = 0, ["extra_specs"] = new JsonObject(), ["id"] = type,
                ["name"] = type, ["ram"] = ram, ["swap"] = 0, ["vcpus"] = vcpus,
            },
            ["volumes"] = new JsonArray(),
            ["vpc_id"] = "cc976b621087484ea5fd527f4b78708b",
        });
        return r;
    }
}
