using System.Collections;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Language;
using ScpStorage.Core.Config;

namespace ScpStorage.Completion
{
    /// <summary>Completes SCP regions; narrows to the environment's regions when -Environment is given.</summary>
    public sealed class RegionCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var env = fakeBoundParameters["Environment"] as string;
            var regions = env != null && ScpEndpoints.Regions.TryGetValue(env, out var r) ? r : ScpEndpoints.AllRegions;
            return CompletionResults.Match(regions, wordToComplete);
        }
    }
}
