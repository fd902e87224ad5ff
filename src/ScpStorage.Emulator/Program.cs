using System;
using System.Runtime.InteropServices;
using System.Threading.Tasks;
using ScpStorage.Emulator;
using ScpStorage.Emulator.Cli;

var options = CliArguments.Parse(args, out var help, out var error);
if (help)
{
    Console.Out.Write(CliArguments.Help);
    return 0;
}
if (options == null)
{
    Console.Error.WriteLine(error);
    return 2;
}

var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.TrySetResult(); };
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, ctx => { ctx.Cancel = true; stop.TrySetResult(); });

EmulatorHost host;
try
{
    host = await EmulatorHost.StartAsync(options);
}
catch (System.IO.IOException e) when (StartupErrors.IsAddressInUse(e))
{
    // One line a user can act on, not Kestrel's stack trace.
    Console.Error.WriteLine(StartupErrors.PortInUse(options));
    return 3;
}
await using var _ = host;
Console.WriteLine($"ScpStorage emulator listening on {host.BaseUrl}");
Console.WriteLine($"Endpoint template: {host.EndpointTemplate}");
Console.WriteLine($"Access key:        {options.AccessKey}");
// Only the published demo key is shown; a real key (SCP_EMULATOR_SECRET_KEY in CI) never reaches a log.
Console.WriteLine($"Secret key:        {(options.UsesDemoSecret ? options.SecretKey : "(set by you; not shown)")}");
Console.WriteLine($"Account id:        {options.AccountId}");
Console.WriteLine($"State:             {options.DatabasePath ?? "in memory"}");
var parentEnded = options.ParentProcessId is int parent ? ParentWatch.Ended(parent) : new TaskCompletionSource().Task;
if (options.ParentProcessId != null) Console.WriteLine($"Stops when process {options.ParentProcessId} ends.");
Console.WriteLine("Press Ctrl+C to stop.");
var ended = await Task.WhenAny(stop.Task, host.ShutdownRequested, parentEnded);
Console.WriteLine(ended == parentEnded ? $"Process {options.ParentProcessId} ended; stopping emulator." : "Stopping emulator.");
await host.StopAsync();
return 0;
