using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.Hosting;

namespace ScpStorage.Emulator;

/// <summary>
/// Replaces the console lifetime: an embedded emulator must not hook Ctrl+C/SIGTERM of the test
/// process, and the CLI handles those signals itself and calls <see cref="EmulatorHost.StopAsync"/>.
/// </summary>
internal sealed class PassiveLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;
    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
