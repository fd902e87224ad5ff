using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Language;
using System.Reflection;
using FluentAssertions;
using ScpStorage.Tests.Harness;
using Xunit;

namespace ScpStorage.Tests.Output;

/// <summary>
/// The format data the module loads, read back as PowerShell holds it: every type a cmdlet
/// declares in [OutputType] has a table view and a list view (Format-Table and Format-List never
/// fall back on PowerShell's dump of every property), and every property a view names, directly or
/// as <c>$_.Property</c> in a script block, exists on that type (a typo shows as an empty column,
/// never as an error, so only this test notices it).
/// </summary>
public sealed class FormatDataTests
{
    [Fact]
    public void Every_output_type_has_a_table_and_a_list_view_over_its_own_properties()
    {
        using var shell = new ModuleShell();
        var problems = new List<string>();
        foreach (var type in ModuleOutputTypes(shell))
        {
            var controls = Views(shell, type).Select(v => v.Control).ToList();
            if (!controls.OfType<TableControl>().Any()) problems.Add($"{type.Name}: no table view");
            if (!controls.OfType<ListControl>().Any()) problems.Add($"{type.Name}: no list view");
            var known = MemberNames(shell, type);
            foreach (var (view, entry) in controls.SelectMany(Entries))
                foreach (var name in NamedMembers(entry).Where(n => !known.Contains(n)))
                    problems.Add($"{type.Name}: the {view} view names '{name}', which {type.Name} does not have");
            foreach (var table in controls.OfType<TableControl>())
                foreach (var (label, width) in Headers(table).Where(h => h.Width > 0 && h.Width < h.Label.Length))
                    problems.Add($"{type.Name}: the table column '{label}' is {width} wide, so its label splits over two lines");
        }
        problems.Should().BeEmpty("every output type has both views, over properties it has");
    }

    /// <summary>The module's own types among the [OutputType]s of its exported commands (not bool, string, PSObject).</summary>
    private static List<Type> ModuleOutputTypes(ModuleShell shell)
    {
        var commands = shell.Run("Get-Command -Module ScpStorage").Output.Select(o => (CommandInfo)o.BaseObject).ToList();
        commands.Should().HaveCountGreaterThan(100, "the module's commands are found");
        var types = commands.SelectMany(c => c.OutputType).Select(t => t.Type)
            .Where(t => t != null && t.Namespace!.StartsWith("ScpStorage", StringComparison.Ordinal))
            .Distinct().OrderBy(t => t.FullName).ToList();
        types.Should().Contain(typeof(ScpStorage.Core.VirtualServer.ScpVolume));
        return types;
    }

    /// <summary>The views the session holds for a type, as Get-FormatData reads them back.</summary>
    internal static IEnumerable<FormatViewDefinition> Views(ModuleShell shell, Type type) => Views(shell, type.FullName!);

    internal static IEnumerable<FormatViewDefinition> Views(ModuleShell shell, string typeName)
    {
        shell.Set("typeName", typeName);
        var r = shell.Run("Get-FormatData -TypeName $typeName -PowerShellVersion $PSVersionTable.PSVersion");
        r.Errors.Should().BeEmpty();
        return r.Output.Select(o => (ExtendedTypeDefinition)o.BaseObject).SelectMany(d => d.FormatViewDefinition);
    }

    /// <summary>What PowerShell finds on an object of the type: its public properties and methods, and members the module's type data adds.</summary>
    private static HashSet<string> MemberNames(ModuleShell shell, Type type)
    {
        var names = new HashSet<string>(type.GetMembers(BindingFlags.Public | BindingFlags.Instance).Select(m => m.Name), StringComparer.OrdinalIgnoreCase);
        shell.Set("typeName", type.FullName);
        foreach (var o in shell.Run("(Get-TypeData -TypeName $typeName).Members.Keys").Output.Where(o => o != null)) names.Add(o.ToString());
        return names;
    }

    private static IEnumerable<(string View, DisplayEntry Entry)> Entries(PSControl control) => control switch
    {
        TableControl t => t.Rows.SelectMany(r => r.Columns).Select(c => ("table", c.DisplayEntry)),
        ListControl l => l.Entries.SelectMany(e => e.Items)
            .SelectMany(i => new[] { i.DisplayEntry, i.ItemSelectionCondition }.Where(d => d != null).Select(d => ("list", d!))),
        _ => Enumerable.Empty<(string, DisplayEntry)>(),
    };

    /// <summary>Each column's header as a console shows it (its label, or the property it names) and its width (0: sized by PowerShell).</summary>
    internal static IEnumerable<(string Label, int Width)> Headers(TableControl table)
    {
        var columns = table.Rows.First().Columns;
        return table.Headers.Select((h, i) => (string.IsNullOrEmpty(h.Label) ? columns[i].DisplayEntry.Value : h.Label, h.Width));
    }

    /// <summary>
    /// The property a column names, or the members a script block reads from the row's object
    /// (<c>$_.Name</c>, <c>$PSItem.Name</c>); a <c>$_</c> inside a nested block such as
    /// ForEach-Object's is another object and is not checked.
    /// </summary>
    private static IEnumerable<string> NamedMembers(DisplayEntry entry)
    {
        if (entry.ValueType == DisplayEntryValueType.Property) return new[] { entry.Value };
        var ast = Parser.ParseInput(entry.Value, out _, out var errors);
        errors.Should().BeEmpty($"the view's script block parses: {entry.Value}");
        return ast.FindAll(a => a is MemberExpressionAst m && IsRowObject(m.Expression) && !InNestedBlock(m, ast), true)
            .Cast<MemberExpressionAst>().Select(m => m.Member).OfType<StringConstantExpressionAst>().Select(s => s.Value);
    }

    private static bool IsRowObject(ExpressionAst e) =>
        e is VariableExpressionAst v && (v.VariablePath.UserPath == "_" || v.VariablePath.UserPath.Equals("PSItem", StringComparison.OrdinalIgnoreCase));

    private static bool InNestedBlock(Ast a, Ast root)
    {
        for (var p = a.Parent; p != null && p != root; p = p.Parent)
            if (p is ScriptBlockExpressionAst) return true;
        return false;
    }
}
