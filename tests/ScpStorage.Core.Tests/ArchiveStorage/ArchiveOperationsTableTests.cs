using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Core.VirtualServer;
using Xunit;

namespace ScpStorage.Core.Tests.ArchiveStorage
{
    public class ArchiveOperationsTableTests
    {
        private static (string Method, string Path, string Name)[] ReferenceRows() =>
            File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "operations.tsv"))
                .Skip(1).Select(l => l.Split('\t'))
                .Where(c => c.Length >= 5 && c[0] == "archivestorage")
                .Select(c => (c[2], c[3], c[4].Trim())).ToArray();

        [Fact]
        public void The_table_has_the_25_operations_of_operations_tsv_verbatim()
        {
            var reference = ReferenceRows();
            reference.Should().HaveCount(25);
            var ours = ArchiveStorageOperations.All.Select(o => (o.Method, o.PathTemplate, o.Name)).ToArray();
            ours.Should().HaveCount(25);
            ours.Select(o => o.Method + " " + o.PathTemplate).Should().OnlyHaveUniqueItems();
            ours.Should().BeEquivalentTo(reference);
            ArchiveStorageOperations.All.Should().OnlyContain(o => o.Service == "archivestorage");
        }

        [Fact]
        public void Every_public_operation_field_is_in_All()
        {
            var fields = typeof(ArchiveStorageOperations).GetFields().Where(f => f.FieldType == typeof(ScpOperation))
                .Select(f => (ScpOperation)f.GetValue(null)!).ToArray();
            fields.Should().HaveCount(25);
            ArchiveStorageOperations.All.Should().BeEquivalentTo(fields, o => o.ComparingByMembers<ScpOperation>());
        }
    }
}
