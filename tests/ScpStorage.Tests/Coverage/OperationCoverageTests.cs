using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Coverage;

/// <summary>
/// Every SCP operation of a covered service is reached by some cmdlet. Each covered service has
/// a journey (Coverage/Journeys/SERVICE.ps1) that uses the module's cmdlets the way an
/// administrator would; the emulator's request log, matched against operations.tsv, is the
/// witness. Adding a service is adding its journey; registering it in the emulator puts it in <see cref="CoveredServices"/>.
/// </summary>
public sealed class OperationCoverageTests : IClassFixture<EmulatorFixture>
{
    /// <summary>
    /// Services whose rows of operations.tsv must all be reachable through cmdlets: every service
    /// the emulator registers, so registering a service there switches its coverage on.
    /// </summary>
    public static readonly string[] CoveredServices = RegistrationTests.EmulatedServices();

    private readonly EmulatorFixture _emu;

    public OperationCoverageTests(EmulatorFixture emu) { _emu = emu; }

    public static IEnumerable<object[]> Services() => CoveredServices.Select(s => new object[] { s });

    [Theory]
    [MemberData(nameof(Services))]
    public void Every_operation_of_the_service_is_reached_by_a_cmdlet(string service)
    {
        var operations = Operation.Load().Where(o => o.Service == service).ToList();
        operations.Should().NotBeEmpty();
        var journey = Path.Combine(RepoPaths.Root, "tests", "ScpStorage.Tests", "Coverage", "Journeys", service + ".ps1");
        File.Exists(journey).Should().BeTrue($"{service} needs a journey script");
        File.ReadAllText(journey).Should().NotContain("Invoke-ScpRestMethod", "the journey must reach operations through the service's own cmdlets");

        using var shell = _emu.Shell();
        _emu.Host.ClearRequests();
        var run = shell.Run($"& '{journey}'");
        run.Terminating.Should().BeNull(run.Terminating?.ErrorRecord.InvocationInfo?.PositionMessage);
        run.Errors.Should().BeEmpty("the journey is a clean session: {0}", string.Join("; ", run.Errors.Select(e => e.ToString())));

        // Each successful request counts for the most specific operation it matches, so
        // GET /v1/volumes/quota-sets is never taken for GET /v1/volumes/{volume_id}.
        var reached = _emu.Host.Requests.Where(r => r.Status is >= 200 and < 300)
            .Select(r => operations.Where(op => op.Matches(r.Method, r.Path)).OrderBy(op => op.Placeholders).FirstOrDefault())
            .Where(op => op != null).ToHashSet();
        var missing = operations.Where(op => !reached.Contains(op)).Select(op => $"{op.Method} {op.Path}").ToList();
        missing.Should().BeEquivalentTo(Pending(service),
            $"every {service} operation needs a cmdlet that reaches it; the ones not reached yet are listed, exactly, in Journeys/{service}.pending");
    }

    /// <summary>
    /// Operations of a service still being built, one "METHOD /path" per line of
    /// Journeys/SERVICE.pending (absent = none). The list must match what the journey misses
    /// exactly, so it can only shrink: an operation reached but still listed fails too.
    /// </summary>
    private static string[] Pending(string service)
    {
        var file = Path.Combine(RepoPaths.Root, "tests", "ScpStorage.Tests", "Coverage", "Journeys", service + ".pending");
        return File.Exists(file)
            ? File.ReadAllLines(file).Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith("#")).ToArray()
            : Array.Empty<string>();
    }

    [Fact]
    public void The_operations_table_is_the_shared_one_copied_into_the_repo()
    {
        var all = Operation.Load();
        all.Should().HaveCount(159);
        all.Select(o => o.Service).Distinct().Should().BeEquivalentTo(
            "archivestorage", "backup", "baremetal-blockstorage", "filestorage", "parallel-filestorage", "virtualserver");
    }

    /// <summary>One row of operations.tsv.</summary>
    private sealed record Operation(string Service, string Version, string Method, string Path, string Name)
    {
        public int Placeholders => Path.Count(c => c == '{');

        private Regex Pattern => new("^/" + Regex.Escape(Service) + Regex.Replace(Regex.Escape(Path), @"\\\{[a-z_]+}", "[^/]+") + "$");

        public bool Matches(string method, string rawPath) =>
            string.Equals(method, Method, StringComparison.OrdinalIgnoreCase) && Pattern.IsMatch(rawPath.Split('?')[0]);

        public static List<Operation> Load() =>
            File.ReadAllLines(System.IO.Path.Combine(RepoPaths.Root, "tests", "ScpStorage.Core.Tests", "TestData", "operations.tsv"))
                .Skip(1).Where(l => l.Trim().Length > 0).Select(l => l.Split('\t'))
                .Select(c => new Operation(c[0], c[1], c[2], c[3], c[4])).ToList();
    }
}
