using System;
using System.Linq;
using System.Net.Http;
using System.Net.Http.Json;
using FluentAssertions;
using ScpStorage.Tests.Harness;

namespace ScpStorage.Tests.ArchiveStorage;

/// <summary>
/// What an Archive test needs before a session starts: Object Storage sources in the emulator
/// (SCP's Archive API has no upload) and archived objects, through the emulator's admin routes.
/// </summary>
internal static class ArchiveSetup
{
    private static readonly HttpClient Http = new();

    public static void Admin(EmulatorFixture emu, string method, string path, object? body = null)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), emu.Host.BaseUrl + "/_emulator/archivestorage" + path);
        if (body != null) request.Content = JsonContent.Create(body);
        using var response = Http.Send(request);
        response.IsSuccessStatusCode.Should().BeTrue($"{method} {path}: {response.Content.ReadAsStringAsync().Result}");
    }

    /// <summary>A bucket named <paramref name="name"/> holding <paramref name="keys"/>, archived by a policy from obs-{name}; returns the bucket id.</summary>
    public static string ArchivedBucket(EmulatorFixture emu, ModuleShell shell, string name, params string[] keys)
    {
        Admin(emu, "PUT", $"/obs/obs-{name}/objects", new { objects = keys.Select(k => new { key = k, size = 10, age_days = 30 }).ToArray() });
        var r = shell.Run($"$b = New-ScpArchiveBucket -Name {name}; $null = $b | New-ScpArchivingPolicy -SourceBucketName obs-{name} -ObjectLifecycle 1; $b.Id");
        r.Errors.Should().BeEmpty();
        var id = r.Output.Single().ToString();
        Admin(emu, "POST", "/run-archiving?bucket_id=" + id);
        var wait = shell.Run($"$i = 0; do {{ Start-Sleep -Milliseconds 50; $i++ }} until (@(Get-ScpArchivingJob -BucketId {id} | Where-Object EndAt).Count -ge 1 -or $i -gt 200)");
        wait.Errors.Should().BeEmpty();
        return id;
    }

    /// <summary>An Object Storage bucket for recoveries.</summary>
    public static void ObsBucket(EmulatorFixture emu, string name) => Admin(emu, "PUT", $"/obs/{name}/objects", new { objects = Array.Empty<object>() });
}
