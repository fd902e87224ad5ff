using System.Collections;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ScpStorage.Core.Config;

namespace ScpStorage.Completion
{
    /// <summary>Completes the names of profiles under ~/.scpconf/profiles.</summary>
    public sealed class ProfileCompleter : IArgumentCompleter
    {
        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var home = System.Environment.GetEnvironmentVariable("SCP_CONFIG_HOME")
                ?? System.Environment.GetFolderPath(System.Environment.SpecialFolder.UserProfile);
            var folder = Path.Combine(ScpConfigFiles.Folder(home, null), "profiles");
            var names = Directory.Exists(folder) ? Directory.GetDirectories(folder).Select(Path.GetFileName) : Enumerable.Empty<string>();
            return CompletionResults.Match(names!, wordToComplete);
        }
    }
}
