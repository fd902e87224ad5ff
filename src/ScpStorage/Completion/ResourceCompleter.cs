using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using ScpStorage.Core.Config;
using ScpStorage.Core.Http;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Session;

namespace ScpStorage.Completion
{
    /// <summary>
    /// Base of completers for existing resources: asks SCP (with the session's settings and the
    /// -Region/-Environment already typed), keeps the answer for a short while so repeated Tab
    /// presses stay instant, and offers names for -Name-like parameters and ids otherwise.
    /// Completion never fails loudly: no settings or no answer means no suggestions.
    /// </summary>
    public abstract class ResourceCompleter : IArgumentCompleter
    {
        private static readonly ConcurrentDictionary<string, (DateTime At, IReadOnlyList<(string Name, string Id)> Items)> Cache =
            new ConcurrentDictionary<string, (DateTime, IReadOnlyList<(string, string)>)>();
        private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);
        private const int MaxItems = 1000;

        /// <summary>Kind of resource, part of the cache key.</summary>
        protected abstract string Kind { get; }

        /// <summary>Fetches up to <paramref name="max"/> (name, id) pairs.</summary>
        protected abstract IEnumerable<(string Name, string Id)> Fetch(VirtualServerClient client, int max, CancellationToken ct);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var items = Items(fakeBoundParameters);
            var wantsIds = parameterName.EndsWith("Id", StringComparison.OrdinalIgnoreCase);
            var candidates = items.Select(i => wantsIds ? i.Id : i.Name);
            return CompletionResults.Match(candidates, wordToComplete);
        }

        private IReadOnlyList<(string Name, string Id)> Items(IDictionary bound)
        {
            ScpConnection connection;
            try
            {
                var call = new ScpSettings { Region = bound["Region"] as string, Environment = bound["Environment"] as string, Profile = bound["Profile"] as string };
                connection = ScpConfigResolver.ForProcess().Resolve(call, ScpModuleState.Current.Settings);
            }
            catch (ScpConfigurationException) { return Array.Empty<(string, string)>(); }

            var key = $"{Kind}|{connection.EndpointTemplate}|{connection.Region}|{connection.Environment}|{connection.AccessKey}";
            if (Cache.TryGetValue(key, out var hit) && DateTime.UtcNow - hit.At < Freshness) return hit.Items;
            try
            {
                using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
                {
                    var list = Fetch(new VirtualServerClient(new ScpClient(connection.WithRetry(ScpRetryOptions.None))), MaxItems, cts.Token)
                        .Where(i => !string.IsNullOrEmpty(i.Id)).ToList();
                    Cache[key] = (DateTime.UtcNow, list);
                    return list;
                }
            }
            catch (Exception e) when (e is Core.Errors.ScpRequestFailedException || e is OperationCanceledException)
            {
                return Array.Empty<(string, string)>();
            }
        }
    }

    /// <summary>Completes volume names (-Name) and ids (-Id, -VolumeId).</summary>
    public sealed class VolumeCompleter : ResourceCompleter
    {
        protected override string Kind => "volume";
        protected override IEnumerable<(string Name, string Id)> Fetch(VirtualServerClient client, int max, CancellationToken ct) =>
            client.ListVolumes(null, null, VirtualServerClient.MaxPageSize, max, ct).Select(v => (v.Name ?? "", v.Id));
    }

    /// <summary>Completes snapshot names and ids.</summary>
    public sealed class SnapshotCompleter : ResourceCompleter
    {
        protected override string Kind => "snapshot";
        protected override IEnumerable<(string Name, string Id)> Fetch(VirtualServerClient client, int max, CancellationToken ct) =>
            client.ListSnapshots(null, null, VirtualServerClient.MaxPageSize, max, ct).Select(s => (s.Name ?? "", s.Id));
    }

    /// <summary>Completes server names and ids.</summary>
    public sealed class ServerCompleter : ResourceCompleter
    {
        protected override string Kind => "server";
        protected override IEnumerable<(string Name, string Id)> Fetch(VirtualServerClient client, int max, CancellationToken ct) =>
            client.ListServers(null, null, VirtualServerClient.MaxPageSize, max, ct).Select(s => (s.Name ?? "", s.Id));
    }

    /// <summary>Completes volume type names (SSD, HDD, ...).</summary>
    public sealed class VolumeTypeCompleter : ResourceCompleter
    {
        protected override string Kind => "volume-type";
        protected override IEnumerable<(string Name, string Id)> Fetch(VirtualServerClient client, int max, CancellationToken ct) =>
            client.ListVolumeTypes(VirtualServerClient.MaxPageSize, max, ct).Select(t => (t.Name ?? "", t.Id));
    }
}
