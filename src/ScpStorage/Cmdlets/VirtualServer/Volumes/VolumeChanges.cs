using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Linq;
using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Core.Waiting;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>
    /// Waits of the volume-changing cmdlets (Resize-, Mount-, Dismount-ScpVolume). A plain
    /// "until settled" wait could return at once when SCP still shows the state from before the
    /// request, so each of these waits until the volume is settled <em>and</em> shows the change
    /// (the new size, the attachment there or gone). A volume that went through a transitional
    /// state and settled without the change failed the operation; one that never moved gets a
    /// grace period before the wait fails instead of running into the timeout.
    /// </summary>
    internal static class VolumeWaits
    {
        /// <summary>How long a volume may sit settled, unchanged and never seen moving before the wait fails.</summary>
        private static readonly TimeSpan UnchangedGrace = TimeSpan.FromSeconds(30);

        public static Task<ScpVolume> UntilAsync(VirtualServerClient vs, ScpVolume volume, string what,
            Func<ScpVolume, bool> changed, ScpWorkContext ctx)
        {
            var sawTransition = false;
            Stopwatch? unchanged = null;
            var target = string.IsNullOrEmpty(volume.Name) ? volume.Id : $"{volume.Name} ({volume.Id})";
            return ScpWaiter.WaitAsync($"Waiting for volume {target} {what}",
                ct => vs.GetVolumeAsync(volume.Id, ct),
                v =>
                {
                    var settled = VirtualServerStates.Volume.Settled(v.State);
                    sawTransition |= VirtualServerStates.Volume.IsTransitional(v.State);
                    if (settled != ScpWaitStatus.Succeeded) return settled;
                    if (changed(v)) return ScpWaitStatus.Succeeded;
                    unchanged ??= Stopwatch.StartNew();
                    return sawTransition || unchanged.Elapsed >= UnchangedGrace ? ScpWaitStatus.Failed : ScpWaitStatus.Pending;
                },
                v => v.State ?? "unknown", ctx.Wait ?? ScpWaitOptions.Default, ctx.Progress, ctx.CancellationToken);
        }

        public static bool IsAttachedTo(ScpVolume volume, string serverId) =>
            volume.Servers.Any(s => string.Equals(s.ServerId, serverId, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// Finds servers by exact name for -ServerName (a server-side name filter, then an exact,
    /// case-insensitive match here). Answers are kept for the life of one cmdlet call, per region,
    /// so a pipeline of volumes lists the servers once.
    /// </summary>
    internal sealed class ServerLookup
    {
        private readonly Dictionary<string, IReadOnlyList<ScpServer>> _cache =
            new Dictionary<string, IReadOnlyList<ScpServer>>(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// Every server with this name in <paramref name="at"/>, listed on a worker so its
        /// Verbose/Debug output reaches the host live; failures are
        /// <see cref="Core.Errors.ScpRequestFailedException"/>.
        /// </summary>
        public IReadOnlyList<ScpServer> Named(ScpCmdlet cmdlet, Core.Config.ScpConnection at, string name)
        {
            var key = $"{at.Region}/{at.Environment}|{name}";
            if (_cache.TryGetValue(key, out var hit)) return hit;
            return _cache[key] = FindLive(cmdlet, cmdlet.Client<VirtualServerClient>(at), name);
        }

        /// <summary><see cref="Find"/> on a worker, its output replayed live on the pipeline thread.</summary>
        public static List<ScpServer> FindLive(ScpCmdlet cmdlet, VirtualServerClient vs, string name) =>
            cmdlet.InvokeCall(ct => ScpBlockingWork.Start(() => Find(vs, name, ct), ct));

        /// <summary>Every server with exactly this name (a server-side filter, then an exact, case-insensitive match here).</summary>
        public static List<ScpServer> Find(VirtualServerClient vs, string name, CancellationToken ct) =>
            vs.ListServers(new ServerFilter { Name = name }, null, VirtualServerClient.MaxPageSize, null, ct)
                .Where(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase)).ToList();

        /// <summary>
        /// -ServerName names one server exactly: a pattern is refused (as Add-ScpServerVolume
        /// does), with an error written, before any request.
        /// </summary>
        public static bool CheckName(ScpCmdlet cmdlet, string name)
        {
            if (!NamePatterns.HasWildcard(name)) return true;
            cmdlet.WriteError(Errors.ScpErrorRecords.InvalidArgument($"-ServerName '{name}' contains wildcards; name exactly one server.", name));
            return false;
        }
    }
}
