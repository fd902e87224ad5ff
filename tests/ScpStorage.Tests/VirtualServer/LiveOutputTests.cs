using System.Linq;
using System.Management.Automation;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.VirtualServer;

/// <summary>Verbose output of a listing reaches the host while the listing still waits (issue 8 §3).</summary>
public sealed class LiveOutputTests : IClassFixture<EmulatorFixture>
{
    private readonly EmulatorFixture _emu;

    public LiveOutputTests(EmulatorFixture emu) { _emu = emu; }

    [Fact]
    public void A_listing_shows_its_retry_message_while_it_waits_on_Retry_After_not_after_the_answer()
    {
        using var shell = _emu.Shell();
        shell.Run("Set-ScpRetryPolicy -BaseDelayMilliseconds 10 -MaximumDelaySeconds 5").Errors.Should().BeEmpty();
        shell.Run("New-ScpVolume -Name live-list -SizeGB 8").Errors.Should().BeEmpty();
        _emu.Host.ClearRequests();
        _emu.Host.Faults.FailNext(1, 429, retryAfterSeconds: 2, method: "GET");
        try
        {
            using var ps = PowerShell.Create();
            ps.Runspace = shell.Runspace;
            ps.AddScript("Get-ScpVolume -Name live-list -Verbose");
            // What the emulator had answered when the retry message reached the host: a live
            // message arrives during the Retry-After wait, before the listing was answered.
            int? answeredWhenShown = null;
            ps.Streams.Verbose.DataAdded += (_, e) =>
            {
                if (answeredWhenShown == null && ps.Streams.Verbose[e.Index].Message.Contains("429"))
                    answeredWhenShown = _emu.Host.Requests.Count(q => q.Method == "GET" && q.Status is >= 200 and < 300);
            };
            var output = ps.Invoke();

            ps.Streams.Error.Should().BeEmpty();
            output.Select(o => o.Properties["Name"].Value).Should().Equal("live-list");
            answeredWhenShown.Should().Be(0, "the retry message must reach the host while the listing waits, not once the page has come");
        }
        finally { _emu.Host.Faults.Reset(); }
    }

    [Fact]
    public void A_read_by_id_answered_at_once_still_shows_its_request_in_Verbose_before_the_volume()
    {
        using var shell = _emu.Shell();
        var id = shell.Run("(New-ScpVolume -Name live-one -SizeGB 8).Id").Output.Single().ToString();

        using var ps = PowerShell.Create();
        ps.Runspace = shell.Runspace;
        ps.AddScript($"Get-ScpVolume -Id {id} -Verbose");
        var order = new System.Collections.Generic.List<string>();
        ps.Streams.Verbose.DataAdded += (_, e) => order.Add("verbose: " + ps.Streams.Verbose[e.Index].Message);
        var output = new PSDataCollection<PSObject>();
        output.DataAdded += (_, e) => order.Add("object: " + output[e.Index].Properties["Name"].Value);
        ps.Invoke(null, output);

        ps.Streams.Error.Should().BeEmpty();
        order.Should().Contain(l => l.StartsWith("verbose: ") && l.Contains("/v1/volumes/" + id), "the request's log line is written on the pipeline thread");
        order.Last().Should().Be("object: live-one", "the lines logged while the volume was read come before it");
    }
}
