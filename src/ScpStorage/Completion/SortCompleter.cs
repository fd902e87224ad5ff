using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;

namespace ScpStorage.Completion
{
    /// <summary>
    /// Completes a -Sort value of SCP's form <c>key[:asc|desc][,key[:asc|desc]]...</c>: the part
    /// after the last comma is completed from the listing's sort keys (each with :asc and :desc),
    /// keys already used are not offered again. A listing names its keys in a subclass.
    /// </summary>
    public abstract class SortCompleter : IArgumentCompleter
    {
        /// <summary>The keys SCP sorts this listing by.</summary>
        protected abstract IReadOnlyList<string> Keys { get; }

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            var comma = typed.LastIndexOf(',');
            var done = comma < 0 ? "" : typed.Substring(0, comma + 1);
            var used = new HashSet<string>(done.Split(new[] { ',' }, StringSplitOptions.RemoveEmptyEntries).Select(p => p.Split(':')[0]), StringComparer.OrdinalIgnoreCase);
            var candidates = Keys.Where(k => !used.Contains(k)).SelectMany(k => new[] { k + ":asc", k + ":desc" }).Select(c => done + c);
            return CompletionResults.Match(candidates, typed);
        }
    }

    /// <summary>Completes -Version of Set-ScpApiVersion with the versions SCP publishes for the -Service typed (all services' otherwise).</summary>
    public sealed class ApiVersionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var service = fakeBoundParameters["Service"] as string;
            var versions = string.IsNullOrEmpty(service)
                ? Core.Config.ScpApiVersions.Services.SelectMany(Core.Config.ScpApiVersions.Of)
                : Core.Config.ScpApiVersions.Of(service!);
            var tips = versions.GroupBy(v => v.Version).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(Describe)));
            return CompletionResults.Match(tips.Keys, wordToComplete).Select(r => new CompletionResult(r.CompletionText, r.ListItemText, r.ResultType, tips[r.ListItemText]));
        }

        private static string Describe(Core.Config.ScpApiVersion v) =>
            v.HeaderValue + (v.IsCurrent ? " (CURRENT)" : v.NotBefore.HasValue ? $" (deprecated; not served from {v.NotBefore.Value:yyyy-MM-dd})" : "");
    }

    /// <summary>
    /// Completes -Path of Invoke-ScpRestMethod with the documented path templates of the -Service
    /// typed (from the service's operation table; narrowed by -Method when given); the tooltip
    /// names the operations.
    /// </summary>
    public sealed class RestPathCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var service = fakeBoundParameters["Service"] as string;
            if (string.IsNullOrEmpty(service)) return Enumerable.Empty<CompletionResult>();
            var method = fakeBoundParameters["Method"] as string;
            var operations = Cmdlets.Shared.ScpServices.OperationsOf(service!)
                .Where(o => method == null || string.Equals(o.Method, method, StringComparison.OrdinalIgnoreCase)).ToList();
            var tips = operations.GroupBy(o => o.PathTemplate).ToDictionary(g => g.Key, g => string.Join("; ", g.Select(o => $"{o.Method}: {o.Name}")));
            return CompletionResults.Match(tips.Keys, wordToComplete).Select(r => new CompletionResult(r.CompletionText, r.ListItemText, r.ResultType, tips[r.ListItemText]));
        }
    }
}
