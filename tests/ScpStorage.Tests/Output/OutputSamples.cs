using System;
using System.Linq;
using System.Threading.Tasks;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Output;

/// <summary>
/// One shell connected to an emulator, holding one object of every output type of the module in
/// <c>$o</c> (keyed by type name), made the way a user makes them: a tagged volume attached to
/// web01, its snapshot, a volume type, the quota, a transfer, a server, its server volumes, the
/// context, the retry policy and an -AsJob job (whose table is PowerShell's own job view); then
/// the other services' objects (OutputSamples.Services.cs).
/// </summary>
public sealed partial class OutputSamples : IAsyncLifetime
{
    private const string VirtualServerScript = @"
        $o = [ordered]@{}
        $v = New-ScpVolume -Name out-vol -SizeGB 16 -Tag @{ env = 'prod'; owner = 'ops' } -Wait
        $o.ScpVolumeSnapshot = $v | New-ScpVolumeSnapshot -Name out-snap -Wait
        $o.ScpVolume = $v | Mount-ScpVolume -ServerName web01 -Wait
        $o.ScpVolumeAttachment = $o.ScpVolume.Servers[0]
        $o.ScpVolumeType = Get-ScpVolumeType | Select-Object -First 1
        $o.ScpVolumeQuota = Get-ScpVolumeQuota
        $o.ScpQuotaUsage = $o.ScpVolumeQuota.Volumes
        $o.ScpVolumeTransfer = New-ScpVolume -Name out-tr -SizeGB 8 -Wait | New-ScpVolumeTransfer -Name out-transfer
        $authKey = $o.ScpVolumeTransfer.AuthKey
        $o.ScpServer = Get-ScpServer -Name web01
        $o.ScpServerVolume = Get-ScpServer -Name web01 | Get-ScpServerVolume | Select-Object -First 1
        $o.ScpContext = Get-ScpContext
        $o.ScpRetryOptions = Set-ScpRetryPolicy -BaseDelayMilliseconds 10 -MaximumDelaySeconds 2 -PassThru
        $o.ScpJob = @{ name = 'job-sample'; size = 8 } | Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -AsJob -Confirm:$false
        $null = $o.ScpJob | Wait-Job -Timeout 60";

    public const string SetupScript = VirtualServerScript + BareMetalScript + FileStorageScript + BackupScript + ArchiveScript + @"
        $o.Keys | Where-Object { $null -eq $o[$_] }";

    public EmulatorFixture Emulator { get; } = new EmulatorFixture();

    public ModuleShell Shell { get; private set; } = null!;

    /// <summary>The transfer's auth key: a credential that no view, ToString or listing may show.</summary>
    public string AuthKey { get; private set; } = "";

    /// <summary>The password the CIFS share was made with: sent once in the create request, never shown.</summary>
    public string CifsPassword { get; private set; } = "";

    public async Task InitializeAsync()
    {
        await Emulator.InitializeAsync();
        Shell = Emulator.Shell();
        ArchiveStorage.ArchiveSetup.ArchivedBucket(Emulator, Shell, ArchiveBucket, ArchivedObject, "reports/2026/q3/summary.txt");
        ArchiveStorage.ArchiveSetup.ObsBucket(Emulator, ArchiveRestoreBucket);
        var setup = Shell.Run(SetupScript);
        if (setup.FirstError != null) throw new InvalidOperationException("Making the samples failed: " + setup.FirstError);
        if (setup.Output.Count > 0) throw new InvalidOperationException("No sample for: " + string.Join(", ", setup.Output));
        AuthKey = (string)Shell.Get("authKey")!;
        if (string.IsNullOrEmpty(AuthKey)) throw new InvalidOperationException("The created transfer carries no auth key.");
        CifsPassword = (string)Shell.Get("cifsPassword")!;
    }

    public async Task DisposeAsync()
    {
        Shell?.Dispose();
        await Emulator.DisposeAsync();
    }

    /// <summary>Every type key of <c>$o</c>.</summary>
    public static readonly string[] Types = new[]
    {
        "ScpVolume", "ScpVolumeAttachment", "ScpVolumeSnapshot", "ScpVolumeType", "ScpVolumeQuota", "ScpQuotaUsage",
        "ScpVolumeTransfer", "ScpServer", "ScpServerVolume", "ScpContext", "ScpRetryOptions", "ScpJob",
    }.Concat(ServiceTypes).ToArray();

    public static TheoryData<string> TypeData()
    {
        var d = new TheoryData<string>();
        foreach (var t in Types) d.Add(t);
        return d;
    }

    /// <summary>Texts that must never appear in any rendering: the session's secret key, the transfer's auth key, the CIFS password.</summary>
    public string[] Secrets => new[] { ModuleShell.DemoSecret, AuthKey, CifsPassword };

    public static string[] Lines(string text) =>
        text.Replace("\r", "").Split('\n').Select(l => l.TrimEnd()).Where(l => l.Length > 0).ToArray();
}
