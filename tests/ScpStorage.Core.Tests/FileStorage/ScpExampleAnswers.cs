using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using FluentAssertions;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.Tests.FileStorage
{
    /// <summary>
    /// The example answers of SCP's documentation (seed 003), kept as test data beside each
    /// service's tests, and the check that a decoded answer lost none of their fields: every
    /// leaf value of the example is found among the public property values of what the client
    /// returned, and nothing landed in AdditionalProperties (a field the model does not know).
    /// </summary>
    public static class ScpExampleAnswers
    {
        /// <summary>The folder of a service's examples in the source tree (read in place, so the project file needs no entry).</summary>
        public static string Folder(string service)
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir != null && !File.Exists(Path.Combine(dir.FullName, "ScpStorage.sln"))) dir = dir.Parent;
            if (dir == null) throw new DirectoryNotFoundException("The repository root (ScpStorage.sln) was not found above " + AppContext.BaseDirectory);
            return Path.Combine(dir.FullName, "tests", "ScpStorage.Core.Tests", service, "TestData");
        }

        public static IEnumerable<object[]> Operations(string service) =>
            Directory.GetFiles(Folder(service), "*.json").Select(f => new object[] { Path.GetFileNameWithoutExtension(f) }).OrderBy(o => (string)o[0]);

        public static string Body(string service, string operation) => File.ReadAllText(Path.Combine(Folder(service), operation + ".json"));

        /// <summary>
        /// Asserts that every leaf of <paramref name="example"/> is a property value of one of
        /// <paramref name="decoded"/>; <paramref name="listFacts"/> are top-level envelope fields
        /// that describe the list, not an item (count, snapshot_size_total_byte).
        /// </summary>
        public static void ShouldKeepEveryField(JToken example, IReadOnlyList<object> decoded, params string[] listFacts)
        {
            decoded.Should().NotBeEmpty();
            var values = new HashSet<string>(StringComparer.Ordinal);
            foreach (var o in decoded)
            {
                if (o is ScpResource r) r.AdditionalProperties.Should().BeNull($"{o.GetType().Name} must know every documented field");
                Collect(o, values, 0);
            }
            foreach (var (path, leaf) in Leaves(example, ""))
            {
                if (listFacts.Contains(path.TrimStart('.'))) continue;
                var text = Normalize(leaf);
                if (text == null) continue; // "" or null: a number or date SCP left empty reads as null
                values.Should().Contain(text, $"the example's {path} ({leaf}) must be decoded somewhere");
            }
        }

        private static IEnumerable<(string, JValue)> Leaves(JToken token, string path)
        {
            switch (token)
            {
                case JObject o: return o.Properties().SelectMany(p => Leaves(p.Value, path + "." + p.Name));
                case JArray a: return a.SelectMany((t, i) => Leaves(t, path + "[" + i + "]"));
                case JValue v: return new[] { (path, v) };
                default: return Enumerable.Empty<(string, JValue)>();
            }
        }

        private static readonly Regex DateLike = new Regex(@"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}");

        private static string? Normalize(JValue v)
        {
            switch (v.Type)
            {
                case JTokenType.Null: return null;
                case JTokenType.Boolean: return (bool)v! ? "true" : "false";
                case JTokenType.Integer: case JTokenType.Float: return Convert.ToString(v.Value, CultureInfo.InvariantCulture);
            }
            var s = v.ToString(CultureInfo.InvariantCulture);
            if (s.Length == 0) return null;
            if (DateLike.IsMatch(s)) return ScpDates.Parse(s)?.UtcDateTime.ToString("o", CultureInfo.InvariantCulture);
            if (s == "true" || s == "false") return s;
            return s;
        }

        private static void Collect(object? value, HashSet<string> into, int depth)
        {
            switch (value)
            {
                case null: return;
                case string s: into.Add(s); return;
                case bool b: into.Add(b ? "true" : "false"); return;
                case DateTimeOffset d: into.Add(d.UtcDateTime.ToString("o", CultureInfo.InvariantCulture)); return;
                case IFormattable f when value.GetType().IsPrimitive: into.Add(f.ToString(null, CultureInfo.InvariantCulture)); return;
                case IEnumerable e: foreach (var x in e) Collect(x, into, depth + 1); return;
            }
            if (depth > 3) return;
            foreach (var p in value.GetType().GetProperties().Where(p => p.GetIndexParameters().Length == 0 && p.Name != nameof(ScpResource.AdditionalProperties)))
                Collect(p.GetValue(value), into, depth + 1);
        }
    }
}
