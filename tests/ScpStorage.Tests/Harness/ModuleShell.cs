using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Security;

namespace ScpStorage.Tests.Harness;

/// <summary>
/// A real PowerShell runspace with the built module imported: tests type pipelines as a
/// user would and read back every stream.
/// </summary>
public sealed class ModuleShell : IDisposable
{
    public const string DemoAccessKey = "demo-access-key";
    public const string DemoSecret = "demo-secret-key";
    public const string DemoAccount = "demo-account";

    static ModuleShell()
    {
        // Tests must never read the developer's own ~/.scpconf.
        if (Environment.GetEnvironmentVariable("SCP_CONFIG_HOME") == null)
        {
            var home = Path.Combine(Path.GetTempPath(), "scpstorage-tests-home-" + Environment.ProcessId);
            Directory.CreateDirectory(home);
            Environment.SetEnvironmentVariable("SCP_CONFIG_HOME", home);
        }
    }

    private readonly Runspace _runspace;

    public ModuleShell()
    {
        var iss = InitialSessionState.CreateDefault2();
        iss.ImportPSModule(RepoPaths.Manifest);
        _runspace = RunspaceFactory.CreateRunspace(iss);
        _runspace.Open();
        var errors = _runspace.SessionStateProxy.PSVariable.GetValue("Error") as System.Collections.ArrayList;
        if (errors != null && errors.Count > 0) throw new InvalidOperationException("Module import failed: " + errors[0]);
    }

    /// <summary>A shell connected (session layer) to an in-process emulator with the demo keys.</summary>
    public static ModuleShell ConnectedTo(string endpointTemplate)
    {
        var shell = new ModuleShell();
        shell.Set("secret", Secure(DemoSecret));
        var connect = shell.Run($"Connect-ScpAccount -AccessKey {DemoAccessKey} -SecretKey $secret -AccountId {DemoAccount} -Region kr-west1 -Environment e -EndpointUrl '{endpointTemplate}'");
        if (connect.Errors.Count > 0 || connect.Terminating != null)
            throw new InvalidOperationException("Connecting to the emulator failed: " + (connect.Terminating?.Message ?? connect.Errors[0].ToString()));
        // Tests keep retries short so failure paths stay fast.
        shell.Run("Set-ScpRetryPolicy -BaseDelayMilliseconds 10 -MaximumDelaySeconds 2");
        return shell;
    }

    public Runspace Runspace => _runspace;

    public void Set(string name, object? value) => _runspace.SessionStateProxy.SetVariable(name, value);

    public object? Get(string name) => _runspace.SessionStateProxy.GetVariable(name);

    /// <summary>Runs pipeline text; a terminating error is captured, not thrown.</summary>
    public ShellResult Run(string script)
    {
        using var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        return Collect(ps, () => ps.Invoke());
    }

    /// <summary>Starts pipeline text without waiting (for Ctrl+C tests).</summary>
    public PowerShell Begin(string script, out IAsyncResult handle)
    {
        var ps = PowerShell.Create();
        ps.Runspace = _runspace;
        ps.AddScript(script);
        handle = ps.BeginInvoke();
        return ps;
    }

    internal static ShellResult Collect(PowerShell ps, Func<IEnumerable<PSObject>> invoke)
    {
        List<PSObject> output;
        RuntimeException? terminating = null;
        try { output = invoke().ToList(); }
        catch (RuntimeException e) { output = new List<PSObject>(); terminating = e; }
        return new ShellResult
        {
            Output = output,
            Errors = ps.Streams.Error.ToList(),
            Verbose = ps.Streams.Verbose.Select(v => v.Message).ToList(),
            Debug = ps.Streams.Debug.Select(v => v.Message).ToList(),
            Warnings = ps.Streams.Warning.Select(v => v.Message).ToList(),
            Progress = ps.Streams.Progress.ToList(),
            Information = ps.Streams.Information.Select(i => i.MessageData?.ToString() ?? "").ToList(),
            Terminating = terminating,
        };
    }

    public static SecureString Secure(string s)
    {
        var secure = new SecureString();
        foreach (var c in s) secure.AppendChar(c);
        secure.MakeReadOnly();
        return secure;
    }

    public void Dispose() => _runspace.Dispose();
}

