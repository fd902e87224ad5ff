using System;
using System.Diagnostics;
using System.Threading;
using System.Threading.Tasks;

namespace ScpStorage.Emulator;

/// <summary>
/// Ends the emulator when the process that started it ends, however it ends: a PowerShell killed
/// with `kill -9` runs no exit hook, so the child has to notice by itself. The parent is polled
/// (a process that is not our parent's parent cannot be waited on portably), and its start time
/// is compared so a recycled process id is not mistaken for the parent.
/// </summary>
internal static class ParentWatch
{
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    /// <summary>Completes when process <paramref name="pid"/> has ended (at once when it is already gone).</summary>
    public static Task Ended(int pid, CancellationToken ct = default)
    {
        var started = StartTime(pid);
        if (started == null) return Task.CompletedTask;
        return Task.Run(async () =>
        {
            while (!ct.IsCancellationRequested)
            {
                await Task.Delay(Interval, ct).ConfigureAwait(false);
                if (StartTime(pid) != started) return;
            }
        }, ct);
    }

    private static DateTime? StartTime(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return p.HasExited ? null : p.StartTime;
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
