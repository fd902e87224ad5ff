using System;
using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using ScpStorage.Cmdlets.Shared;

namespace ScpStorage.Completion
{
    /// <summary>
    /// The completer of the -Id and -Name parameters the shared bases declare
    /// (<see cref="ScpGetCmdlet{TClient,T}"/>, <see cref="ScpTargetCmdlet{TClient,T}"/>): it finds the
    /// cmdlet's resource kind by the command's name and hands over to that kind's completer.
    /// The command → kind table is built once, on the first Tab, from the module's cmdlet types.
    /// </summary>
    public sealed class KindCompleter : IArgumentCompleter
    {
        private static readonly Lazy<Dictionary<string, ResourceCompleter>> ByCommand =
            new Lazy<Dictionary<string, ResourceCompleter>>(Build);

        public IEnumerable<CompletionResult> CompleteArgument(string commandName, string parameterName, string wordToComplete,
            CommandAst commandAst, IDictionary fakeBoundParameters)
        {
            var name = commandName?.Split('\\').Last() ?? "";
            return ByCommand.Value.TryGetValue(name, out var completer)
                ? completer.CompleteArgument(commandName!, parameterName, wordToComplete, commandAst, fakeBoundParameters)
                : Enumerable.Empty<CompletionResult>();
        }

        private static Dictionary<string, ResourceCompleter> Build()
        {
            var table = new Dictionary<string, ResourceCompleter>(StringComparer.OrdinalIgnoreCase);
            foreach (var type in typeof(KindCompleter).Assembly.GetTypes())
            {
                if (type.IsAbstract || !typeof(ITargetsKind).IsAssignableFrom(type)) continue;
                var cmdlet = (CmdletAttribute?)Attribute.GetCustomAttribute(type, typeof(CmdletAttribute));
                if (cmdlet == null) continue;
                var kind = ((ITargetsKind)Activator.CreateInstance(type)).TargetKind;
                if (kind.Completer != null) table[cmdlet.VerbName + "-" + cmdlet.NounName] = kind.Completer;
            }
            return table;
        }
    }
}
