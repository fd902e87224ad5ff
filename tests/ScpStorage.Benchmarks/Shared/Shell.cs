using System;
using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace ScpStorage.Benchmarks.Shared;

/// <summary>
/// A real runspace (System.Management.Automation in-process) with a module imported, the same
/// way tests/ScpStorage.Tests/Harness/ModuleShell hosts the engine.
/// </summary>
public sealed class Shell : IDisposable
{
    public const string AccessKey = "demo-access-key";
    public const string Secret = "demo-secret-key";
    public const string Account = "demo-account";

    static Shell()
    {
        // Never read the developer's own ~/.scpconf.
        if (Environment.GetEnvironmentVariable("SCP_CONFIG_HOME") == null)
        {
            var home = Path.Combine(Path.GetTempPath(), "scpstorage-bench-home-" + Environment.ProcessId);
            Directory.CreateDirectory(home);
            Environment.SetEnvironmentVariable("SCP_CONFIG_HOME", home);
        }
    }

    public Shell(string manifest)
    {
        Runspace = Open(manifest);
    }

    public Runspace Runspace { get; }

    /// <summary>CreateDefault2 + ImportPSModule + Open: the unit the import scenario times.</summary>
    public static Runspace Open(string manifest)
    {
        var iss = InitialSessionState.CreateDefault2();
        iss.ImportPSModule(manifest);
        var runspace = RunspaceFactory.CreateRunspace(iss);
        runspace.Open();
        if (runspace.SessionStateProxy.PSVariable.GetValue("Error") is ArrayList { Count: > 0 } errors)
        {
            runspace.Dispose();
            throw new InvalidOperationException("Module import failed: " + errors[0]);
        }
        return runspace;
    }

    /// <summary>A shell with ScpStorage imported and connected (session layer) to an emulator.</summary>
    public static Shell ConnectedTo(string endpointTemplate)
    {
        var shell = new Shell(BenchContext.Manifest);
        shell.Set("secret", Secure(Secret));
        shell.Run($"Connect-ScpAccount -AccessKey {AccessKey} -SecretKey $secret -AccountId {Account} -Region kr-west1 -Environment e -EndpointUrl '{endpointTemplate}' | Out-Null");
        return shell;
    }

    public void Set(string name, object? value) => Runspace.SessionStateProxy.SetVariable(name, value);

    public PowerShell Create()
    {
        var ps = PowerShell.Create();
        ps.Runspace = Runspace;
        return ps;
    }

    /// <summary>Runs script text; any error record or terminating error throws (a benchmark must not time failures).</summary>
    public IReadOnlyList<PSObject> Run(string script)
    {
        using var ps = Create();
        ps.AddScript(script);
        var output = ps.Invoke().ToList();
        ThrowOnErrors(ps, script);
        return output;
    }

    public static void ThrowOnErrors(PowerShell ps, string what)
    {
        if (ps.Streams.Error.Count > 0)
            throw new InvalidOperationException($"'{what}' wrote {ps.Streams.Error.Count} error(s); first: {ps.Streams.Error[0]}");
    }

    public static SecureString Secure(string s)
    {
        var secure = new SecureString();
        foreach (var c in s) secure.AppendChar(c);
        secure.MakeReadOnly();
        return secure;
    }

    public void Dispose() => Runspace.Dispose();
}
