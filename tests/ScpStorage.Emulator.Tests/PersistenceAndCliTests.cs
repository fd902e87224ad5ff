using System;
using System.IO;
using System.Linq;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Emulator.Cli;
using Xunit;

namespace ScpStorage.Emulator.Tests;

public sealed class PersistenceAndCliTests
{
    [Fact]
    public async Task State_survives_a_restart_with_a_file_database()
    {
        var path = Path.Combine(Path.GetTempPath(), "scp-emu-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            string id;
            await using (var first = await EmulatorHost.StartAsync(new EmulatorOptions { DatabasePath = path }))
            {
                id = (await new SignedClient(first).Ok("POST", "/v1/volumes", new { name = "keep", size = 8 }, 202))["id"]!.GetValue<string>();
            }
            await using (var second = await EmulatorHost.StartAsync(new EmulatorOptions { DatabasePath = path }))
            {
                var c = new SignedClient(second);
                (await c.Ok("GET", "/v1/volumes/" + id))["name"]!.GetValue<string>().Should().Be("keep");
                (await c.Ok("GET", "/v1/volume-types"))["volume_types"]!.AsArray().Should().HaveCount(3, "fixtures are not duplicated");
                var next = await c.Ok("POST", "/v1/volumes", new { name = "later", size = 8 }, 202);
                var list = await c.Ok("GET", "/v1/volumes?sort=created_at:asc");
                list["volumes"]![1]!["id"]!.GetValue<string>().Should().Be(next["id"]!.GetValue<string>());
            }
        }
        finally
        {
            foreach (var f in new[] { path, path + "-wal", path + "-shm" }) if (File.Exists(f)) File.Delete(f);
        }
    }

    [Fact]
    public async Task Each_region_of_a_file_database_survives_a_restart_in_its_own_file()
    {
        var path = Path.Combine(Path.GetTempPath(), "scp-emu-" + Guid.NewGuid().ToString("N") + ".db");
        var east = Path.ChangeExtension(path, ".s.kr-east1.db");
        try
        {
            await using (var first = await EmulatorHost.StartAsync(new EmulatorOptions { DatabasePath = path }))
            {
                await new SignedClient(first) { Prefix = "/s/kr-east1" }.Ok("POST", "/v1/volumes", new { name = "east-kept", size = 8 }, 202);
                await new SignedClient(first).Ok("POST", "/v1/volumes", new { name = "default-kept", size = 8 }, 202);
            }
            File.Exists(east).Should().BeTrue("a region other than the default keeps its state beside the given file");
            await using (var second = await EmulatorHost.StartAsync(new EmulatorOptions { DatabasePath = path }))
            {
                var eastList = await new SignedClient(second) { Prefix = "/s/kr-east1" }.Ok("GET", "/v1/volumes");
                eastList["volumes"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).Should().Equal("east-kept");
                var defaultList = await new SignedClient(second).Ok("GET", "/v1/volumes");
                defaultList["volumes"]!.AsArray().Select(v => v!["name"]!.GetValue<string>()).Should().Equal("default-kept");
            }
        }
        finally
        {
            foreach (var db in new[] { path, east })
                foreach (var f in new[] { db, db + "-wal", db + "-shm" }) if (File.Exists(f)) File.Delete(f);
        }
    }

    [Fact]
    public async Task In_memory_hosts_do_not_share_state()
    {
        await using var a = await EmulatorHost.StartAsync(new EmulatorOptions());
        await using var b = await EmulatorHost.StartAsync(new EmulatorOptions { DatabasePath = ":memory:" });
        await new SignedClient(a).Ok("POST", "/v1/volumes", new { name = "only-a", size = 8 }, 202);
        (await new SignedClient(b).Ok("GET", "/v1/volumes"))["count"]!.GetValue<long>().Should().Be(0);
        a.BaseUrl.Should().StartWith("http://127.0.0.1:");
        a.EndpointTemplate.Should().Be(a.BaseUrl + "/{environment}/{region}/{service}");
    }

    [Fact]
    public void Help_documents_every_option()
    {
        CliArguments.Parse(new[] { "--help" }, out var help, out _).Should().BeNull();
        help.Should().BeTrue();
        foreach (var option in new[] { "--port", "--host", "--db", "--in-memory", "--access-key", "--secret-key", "--account-id",
                     "--timestamp-window", "--allow-deprecated-versions", "--transition-delay", "--seed-volumes", "--seed-snapshots", "--seed-services",
                     "--latency", "--error-rate", "--drop-rate", "--retry-after" })
            CliArguments.Help.Should().Contain(option);
        CliArguments.Help.Should().Contain("/{environment}/{region}/{service}", "the help says how to address a region's state");
    }

    [Fact]
    public void Arguments_are_parsed()
    {
        var o = CliArguments.Parse(new[] { "--port", "9000", "--in-memory", "--access-key", "ak", "--timestamp-window", "60",
            "--allow-deprecated-versions", "--transition-delay", "250", "--seed-volumes", "3", "--error-rate", "429=0.1,503=0.05",
            "--drop-rate", "0.01", "--retry-after", "4", "--latency", "20" }, out var help, out var error)!;
        error.Should().BeNull();
        help.Should().BeFalse();
        o.Port.Should().Be(9000);
        o.DatabasePath.Should().BeNull();
        o.AccessKey.Should().Be("ak");
        o.TimestampWindow.Should().Be(TimeSpan.FromSeconds(60));
        o.AllowDeprecatedVersions.Should().BeTrue();
        o.TransitionDelay.Should().Be(TimeSpan.FromMilliseconds(250));
        o.SeedVolumes.Should().Be(3);
        o.Faults.ErrorRates[429].Should().Be(0.1);
        o.Faults.ErrorRates[503].Should().Be(0.05);
        o.Faults.DropRate.Should().Be(0.01);
        o.Faults.RetryAfterSeconds.Should().Be(4);
        o.Faults.Latency.Should().Be(TimeSpan.FromMilliseconds(20));

        var defaults = CliArguments.Parse(Array.Empty<string>(), out _, out _)!;
        defaults.DatabasePath.Should().Be("scp-emulator.db");
        defaults.TransitionDelay.Should().Be(TimeSpan.FromSeconds(2));

        CliArguments.Parse(new[] { "--port" }, out _, out error).Should().BeNull();
        error.Should().Contain("--port");
        CliArguments.Parse(new[] { "--seed-services", "virtualserver, filestorage" }, out _, out _)!.SeedServices
            .Should().Equal("virtualserver", "filestorage");
        defaults.SeedServices.Should().BeEmpty("every service is seeded unless some are named");
        CliArguments.Parse(new[] { "--seed-services", "virtualserver,nosuch" }, out _, out error).Should().BeNull();
        error.Should().Contain("--seed-services").And.Contain("nosuch");
        CliArguments.Parse(new[] { "--bogus" }, out _, out error).Should().BeNull();
        error.Should().Contain("--bogus");
    }
}
