using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ScpStorage.Completion
{
    /// <summary>Shared helper: candidates filtered by what was typed, quoted when needed.</summary>
    internal static class CompletionResults
    {
        public static IEnumerable<CompletionResult> Match(IEnumerable<string> candidates, string wordToComplete, string? toolTip = null)
        {
            var typed = (wordToComplete ?? "").Trim('\'', '"');
            var pattern = new WildcardPattern(typed + "*", WildcardOptions.IgnoreCase);
            return candidates.Where(c => !string.IsNullOrEmpty(c) && pattern.IsMatch(c))
                .Distinct(StringComparer.OrdinalIgnoreCase)
                .OrderBy(c => c, StringComparer.OrdinalIgnoreCase)
                .Select(c => new CompletionResult(Quote(c), c, CompletionResultType.ParameterValue, toolTip ?? c));
        }

        private static string Quote(string value) =>
            value.IndexOfAny(new[] { ' ', '\'', '"', '$', '`', '(', ')', ';', ',', '{', '}', '&', '|', '@', '#' }) >= 0
                ? "'" + value.Replace("'", "''") + "'"
                : value;
    }
}
