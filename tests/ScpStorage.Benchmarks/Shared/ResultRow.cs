using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace ScpStorage.Benchmarks.Shared;

/// <summary>One line of the final table; <see cref="Met"/> is null when the row has no target.</summary>
public sealed record ResultRow(string Scenario, string Measure, string Value, string Target = "", bool? Met = null)
{
    public string MetText => Met switch { true => "yes", false => "NO", null => "" };

    /// <summary>The table as GitHub markdown (also readable as plain text on a console).</summary>
    public static string Markdown(IReadOnlyList<ResultRow> rows)
    {
        var header = new[] { "scenario", "measure", "value", "target", "met?" };
        var cells = rows.Select(r => new[] { r.Scenario, r.Measure, r.Value, r.Target, r.MetText }).ToList();
        var widths = header.Select((h, i) => cells.Select(c => c[i].Length).Append(h.Length).Max()).ToArray();
        var sb = new StringBuilder();
        void Line(IReadOnlyList<string> c) =>
            sb.Append("| ").Append(string.Join(" | ", c.Select((x, i) => x.PadRight(widths[i])))).Append(" |\n");
        Line(header);
        Line(widths.Select(w => new string('-', w)).ToArray());
        foreach (var c in cells) Line(c);
        return sb.ToString();
    }
}

/// <summary>Number formatting used by every scenario, so the table reads the same throughout.</summary>
public static class Fmt
{
    private static readonly CultureInfo Inv = CultureInfo.InvariantCulture;

    public static string Ms(double ms) => ms >= 100 ? ms.ToString("0", Inv) + " ms" : ms >= 10 ? ms.ToString("0.0", Inv) + " ms" : ms.ToString("0.00", Inv) + " ms";

    public static string Us(double us) => us.ToString("0", Inv) + " µs";

    public static string Rate(double perSecond, string unit) => perSecond.ToString("#,0", Inv) + " " + unit + "/s";

    public static string Times(double x) => x.ToString("0.00", Inv) + "×";

    public static string MiB(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0.0", Inv) + " MiB";

    public static string Int(long n) => n.ToString("#,0", Inv);
}
