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

await using var host = await EmulatorHost.StartAsync(options);
Console.WriteLine($"ScpStorage emulator listening on {host.BaseUrl}");
Console.WriteLine($"Endpoint template: {host.EndpointTemplate}");
Console.WriteLine($"Access key:        {options.AccessKey}");
Console.WriteLine($"Secret key:        {options.SecretKey}");
Console.WriteLine($"Account id:        {options.AccountId}");
Console.WriteLine($"State:             {options.DatabasePath ?? "in memory"}");
Console.WriteLine("Press Ctrl+C to stop.");
await Task.WhenAny(stop.Task, host.ShutdownRequested);
Console.WriteLine("Stopping emulator.");
await host.StopAsync();
return 0;
