using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using ScpStorage.Core.Backup;
using ScpStorage.Core.VirtualServer;
using Xunit;

namespace ScpStorage.Core.Tests.Backup
{
    public class BkOperationsTableTests
    {
        private static (string Method, string Path, string Name)[] ReferenceRows() =>
            File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "operations.tsv"))
                .Skip(1).Select(l => l.Split('\t'))
                .Where(c => c.Length >= 5 && c[0] == "backup")
                .Select(c => (c[2], c[3], c[4].Trim())).ToArray();

        [Fact]
        public void The_table_has_the_31_operations_of_operations_tsv_verbatim()
        {
            var reference = ReferenceRows();
            reference.Should().HaveCount(31);
            var ours = BackupOperations.All.Select(o => (o.Method, o.PathTemplate, o.Name)).ToArray();
            ours.Should().HaveCount(31);
            ours.Select(o => o.Name).Should().OnlyHaveUniqueItems();
            ours.Select(o => o.Method + " " + o.PathTemplate).Should().OnlyHaveUniqueItems();
            ours.Should().BeEquivalentTo(reference);
            BackupOperations.All.Should().OnlyContain(o => o.Service == "backup");
        }

        [Fact]
        public void Every_public_operation_field_is_in_All()
        {
            var fields = typeof(BackupOperations).GetFields().Where(f => f.FieldType == typeof(ScpOperation))
                .Select(f => (ScpOperation)f.GetValue(null)!).ToArray();
            fields.Should().HaveCount(31);
            BackupOperations.All.Should().BeEquivalentTo(fields, o => o.ComparingByMembers<ScpOperation>());
        }
    }
}
