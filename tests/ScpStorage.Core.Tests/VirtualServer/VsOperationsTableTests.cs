using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using ScpStorage.Core.VirtualServer;
using Xunit;

namespace ScpStorage.Core.Tests.VirtualServer
{
    public class VsOperationsTableTests
    {
        /// <summary>The virtualserver rows of reference/operations.tsv (copied to TestData): (method, path, operation).</summary>
        private static (string Method, string Path, string Name)[] ReferenceRows() =>
            File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "operations.tsv"))
                .Skip(1).Select(l => l.Split('\t'))
                .Where(c => c.Length >= 5 && c[0] == "virtualserver")
                .Select(c => (c[2], c[3], c[4].Trim())).ToArray();

        [Fact]
        public void The_table_has_30_distinct_operations_matching_operations_tsv()
        {
            var reference = ReferenceRows();
            reference.Should().HaveCount(30);
            var ours = VirtualServerOperations.All.Select(o => (o.Method, o.PathTemplate, o.Name)).ToArray();

            ours.Should().HaveCount(30);
            ours.Select(o => o.Name).Should().OnlyHaveUniqueItems();
            ours.Select(o => o.Method + " " + o.PathTemplate).Should().OnlyHaveUniqueItems();
            ours.Should().BeEquivalentTo(reference);
            VirtualServerOperations.All.Should().OnlyContain(o => o.Service == "virtualserver");
        }

        [Fact]
        public void Every_public_operation_field_is_in_All()
        {
            var fields = typeof(VirtualServerOperations).GetFields().Where(f => f.FieldType == typeof(ScpOperation))
                .Select(f => (ScpOperation)f.GetValue(null)!).ToArray();
            fields.Should().HaveCount(30);
            VirtualServerOperations.All.Should().BeEquivalentTo(fields, o => o.ComparingByMembers<ScpOperation>());
        }
    }
}
