using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Core.VirtualServer;
using Xunit;

namespace ScpStorage.Core.Tests.BareMetalBlockStorage
{
    public class BmOperationsTableTests
    {
        private static (string Method, string Path, string Name)[] ReferenceRows() =>
            File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "operations.tsv"))
                .Skip(1).Select(l => l.Split('\t'))
                .Where(c => c.Length >= 5 && c[0] == "baremetal-blockstorage")
                .Select(c => (c[2], c[3], c[4].Trim())).ToArray();

        [Fact]
        public void The_table_has_the_41_rows_of_operations_tsv()
        {
            var reference = ReferenceRows();
            reference.Should().HaveCount(41);
            var ours = BareMetalBlockStorageOperations.All.Select(o => (o.Method, o.PathTemplate, o.Name)).ToArray();
            ours.Should().HaveCount(41);
            ours.Select(o => o.Method + " " + o.PathTemplate).Should().OnlyHaveUniqueItems();
            ours.Should().BeEquivalentTo(reference);
            BareMetalBlockStorageOperations.All.Should().OnlyContain(o => o.Service == "baremetal-blockstorage");
        }

        [Fact]
        public void Every_public_operation_field_is_in_All()
        {
            var fields = typeof(BareMetalBlockStorageOperations).GetFields().Where(f => f.FieldType == typeof(ScpOperation))
                .Select(f => (ScpOperation)f.GetValue(null)!).ToArray();
            fields.Should().HaveCount(41);
            BareMetalBlockStorageOperations.All.Should().BeEquivalentTo(fields, o => o.ComparingByMembers<ScpOperation>());
        }
    }
}
