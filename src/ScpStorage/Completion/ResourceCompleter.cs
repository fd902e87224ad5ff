using System;
using System.Collections;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Threading;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.Config;
using ScpStorage.Core.Http;
using ScpStorage.Session;

namespace ScpStorage.Completion
{
    /// <summary>
    /// Base of completers for existing resources: asks SCP (with the session's settings and the
    /// -Region/-Environment already typed), keeps the answer for a short while so repeated Tab
    /// presses stay instant, and offers names for -Name-like parameters and ids otherwise.
    /// Answers are dropped as soon as the session changes (Connect-ScpAccount or
    /// Start-ScpEmulator, even to the same endpoint) or completion is asked for another
    /// endpoint, so Tab never offers what another SCP (or a restarted emulator) held.
    /// Completion never fails loudly: no settings or no answer means no suggestions.
    /// </summary>
    public abstract class ResourceCompleter : IArgumentCompleter
    {
        private static readonly ConcurrentDictionary<string, (DateTime At, IReadOnlyList<(string Name, string Id)> Items)> Cache =
            new ConcurrentDictionary<string, (DateTime, IReadOnlyList<(string, string)>)>();
        private static readonly TimeSpan Freshness = TimeSpan.FromSeconds(30);
        private static readonly object Gate = new object();
        private static object? _session;
        private static string? _endpoint;
        private const int MaxItems = 1000;

        /// <summary>Kind of resource, part of the cache key.</summary>
        protected abstract string Kind { get; }

        /// <summary>Fetches up to <paramref name="max"/> (name, id) pairs.</summary>
        private protected abstract IEnumerable<(string Name, string Id)> Fetch(ScpClient client, int max, CancellationToken ct);

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
            var session = ScpModuleState.Current.Settings;
            try
            {
                var call = new ScpSettings { Region = bound["Region"] as string, Environment = bound["Environment"] as string, Profile = bound["Profile"] as string };
                connection = ScpConfigResolver.ForProcess().Resolve(call, session);
            }
            catch (ScpConfigurationException) { return Array.Empty<(string, string)>(); }

            DropWhenChanged(session, connection.EndpointTemplate);
            var key = $"{Kind}|{connection.EndpointTemplate}|{connection.Region}|{connection.Environment}|{connection.AccessKey}";
            if (Cache.TryGetValue(key, out var hit) && DateTime.UtcNow - hit.At < Freshness) return hit.Items;
            try
            {
                using (var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5)))
                {
                    var list = Fetch(new ScpClient(connection.WithRetry(ScpRetryOptions.None)), MaxItems, cts.Token)
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

        private static void DropWhenChanged(object? session, string? endpoint)
        {
            lock (Gate)
            {
                if (ReferenceEquals(session, _session) && string.Equals(endpoint, _endpoint, StringComparison.OrdinalIgnoreCase)) return;
                Cache.Clear();
                _session = session;
                _endpoint = endpoint;
            }
        }
    }

    /// <summary>A completer for resources of a service whose typed client is <typeparamref name="TClient"/>.</summary>
    public abstract class ResourceCompleter<TClient> : ResourceCompleter where TClient : class
    {
        private protected sealed override IEnumerable<(string Name, string Id)> Fetch(ScpClient client, int max, CancellationToken ct) =>
            Fetch(ScpServices.Of<TClient>.Service.Create(client), max, ct);

        protected abstract IEnumerable<(string Name, string Id)> Fetch(TClient client, int max, CancellationToken ct);
    }
}
