using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Backup;
using ScpStorage.Core.Paging;
using Xunit;

namespace ScpStorage.Core.Tests.Backup
{
    /// <summary>
    /// Every example response of section 2 (Backup) of seed 003, every version, kept in
    /// TestData/Backup/backup-examples.json with its operation and line: decoded the way the client
    /// decodes it (single answers whole, list pages item by item through the page reader), then
    /// written back with the shared serializer. Every field of the example must come back with
    /// the same value (tolerantly: "3" = 3, "true" = true, "" = null, dates as instants) and
    /// nothing may land in AdditionalProperties: no field is lost or unknown to the model.
    /// </summary>
    public class BkExampleDecodingTests
    {
        private static readonly Dictionary<string, (Type Model, string? Items)> Models = new Dictionary<string, (Type, string?)>
        {
            ["Check Backup Master Connection State"] = (typeof(ScpBackupRequest), null),
            ["Check Backup Name Duplicate"] = (typeof(ScpBackupCheckResult), null),
            ["Check Backup Restore Server Name Duplicate"] = (typeof(ScpBackupCheckResult), null),
            ["Check Filesystem Path Duplication"] = (typeof(ScpBackupCheckResult), null),
            ["Create Backup"] = (typeof(ScpBackupRequest), null),
            ["Create Backup Agent"] = (typeof(ScpBackupRequest), null),
            ["Delete Backup"] = (typeof(ScpBackupRequest), null),
            ["Delete Backup Agent"] = (typeof(ScpBackupRequest), null),
            ["Delete Backup Restore Target"] = (typeof(ScpBackupRequest), null),
            ["List Agent Backup Restore Target Servers"] = (typeof(ScpBackupRestoreTargetServer), "contents"),
            ["List Backup Agents"] = (typeof(ScpBackupAgent), "contents"),
            ["List Backup Histories"] = (typeof(ScpBackupJob), "contents"),
            ["List Backup Region Relationship"] = (typeof(ScpBackupRegionRelationship), "contents"),
            ["List Backup Restore Histories"] = (typeof(ScpBackupRestoreJob), "contents"),
            ["List Backup Restore Subnets"] = (typeof(ScpBackupRestoreSubnet), "subnets"),
            ["List Backup Restore Targets"] = (typeof(ScpBackupRecoveryPoint), "contents"),
            ["List Backup Schedules"] = (typeof(ScpBackupSchedule), "contents"),
            ["List Backup Targets"] = (typeof(ScpBackupTarget), "contents"),
            ["List Backups"] = (typeof(ScpBackup), "contents"),
            ["List Filesystem Path"] = (typeof(ScpBackupFilesystemItem), "contents"),
            ["List Targets of Backup Agent"] = (typeof(ScpBackupAgentTarget), "contents"),
            ["Manual Backup"] = (typeof(ScpBackupRequest), null),
            ["Restore Agent Backup"] = (typeof(ScpBackupRequest), null),
            ["Restore Backup"] = (typeof(ScpBackupRequest), null),
            ["Set Backup Schedule"] = (typeof(ScpBackupRequest), null),
            ["Set Filesystem Path"] = (typeof(ScpBackupRequest), null),
            ["Show Backup"] = (typeof(ScpBackup), null),
            ["Show Backup Agent"] = (typeof(ScpBackupAgent), null),
            ["Show Backup Agent Install File Path"] = (typeof(ScpBackupAgentInstaller), null),
            ["Update Replication Use"] = (typeof(ScpBackupRequest), null),
            ["Update Retention Period"] = (typeof(ScpBackupRequest), null),
        };

        private static JArray Examples() =>
            JArray.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "Backup", "backup-examples.json")));

        public static IEnumerable<object[]> Cases() =>
            Examples().Select(e => new object[] { (string)e["operation"]!, (string)e["version"]!, (int)e["line"]! });

        [Fact]
        public void The_examples_cover_every_operation_of_the_service()
        {
            var operations = Examples().Select(e => (string)e["operation"]!).Distinct().ToList();
            operations.Should().BeEquivalentTo(BackupOperations.All.Select(o => o.Name));
            Models.Keys.Should().BeEquivalentTo(operations);
            Examples().Where(e => (string)e["version"]! == "1.2").Should().HaveCount(31);
        }

        [Theory]
        [MemberData(nameof(Cases))]
        public void Example_decodes_with_no_field_lost(string operation, string version, int line)
        {
            var example = Examples().Single(e => (string)e["operation"]! == operation && (string)e["version"]! == version && (int)e["line"]! == line);
            var body = (JObject)example["body"]!;
            var (model, items) = Models[operation];
            var where = $"{operation} {version} (seed 003 L{line})";
            if (items == null)
            {
                Check(body, Decode(body.ToString(), model), where);
                return;
            }
            var facts = new ScpPageFacts();
            var decoded = Read(body.ToString(), items, model, facts);
            var sent = (JArray)body[items]!;
            decoded.Should().HaveCount(sent.Count, where);
            for (int i = 0; i < sent.Count; i++) Check((JObject)sent[i], decoded[i], $"{where} item {i}");
            // count: an integer is read, the region relationship's "" is no error (and no number).
            var count = body["count"]!;
            facts.Count.Should().Be(count.Type == JTokenType.Integer ? (int?)count : null, where);
        }

        private static object Decode(string json, Type model)
        {
            using (var reader = ScpJson.Reader(new StringReader(json)))
                return ScpJson.Decoder.Deserialize(reader, model)!;
        }

        private static List<object> Read(string body, string items, Type model, ScpPageFacts facts)
        {
            var method = typeof(ScpPageReader).GetMethod(nameof(ScpPageReader.Items))!.MakeGenericMethod(model);
            return ((System.Collections.IEnumerable)method.Invoke(null, new object[] { new System.IO.StringReader(body), items, facts })!).Cast<object>().ToList();
        }

        private static void Check(JObject example, object decoded, string where)
        {
            ((ScpResource)decoded).AdditionalProperties.Should().BeNull($"{where}: every field should be known to {decoded.GetType().Name}");
            var back = JObject.FromObject(decoded, ScpJson.Serializer);
            Same(example, back, where);
        }

        private static void Same(JToken example, JToken? ours, string where)
        {
            switch (example.Type)
            {
                case JTokenType.Object:
                    ours.Should().BeOfType<JObject>(where);
                    foreach (var p in ((JObject)example).Properties()) Same(p.Value, ours![p.Name], $"{where}.{p.Name}");
                    return;
                case JTokenType.Array:
                    ours.Should().BeOfType<JArray>(where);
                    ((JArray)ours!).Should().HaveCount(((JArray)example).Count, where);
                    for (int i = 0; i < ((JArray)example).Count; i++) Same(example[i]!, ours![i], $"{where}[{i}]");
                    return;
                case JTokenType.Null:
                    (ours == null || ours.Type == JTokenType.Null).Should().BeTrue(where);
                    return;
            }
            var text = Text(example);
            if (ours == null || ours.Type == JTokenType.Null)
            {
                text.Should().BeEmpty($"{where} was dropped");
                return;
            }
            var mine = Text(ours);
            if (ScpDates.Parse(text) is DateTimeOffset d1 && text.Contains("T") && ScpDates.Parse(mine) is DateTimeOffset d2)
                d2.Should().Be(d1, where);
            else if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var n1)
                && decimal.TryParse(mine, NumberStyles.Float, CultureInfo.InvariantCulture, out var n2))
                n2.Should().Be(n1, where);
            else mine.Should().BeEquivalentTo(text, where);
        }

        private static string Text(JToken t) => t.Type == JTokenType.Date
            ? ((DateTime)t).ToString("o", CultureInfo.InvariantCulture)
            : Convert.ToString(((JValue)t).Value, CultureInfo.InvariantCulture) ?? "";
    }
}
