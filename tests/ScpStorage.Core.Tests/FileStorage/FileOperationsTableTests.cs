using System;
using System.IO;
using System.Linq;
using FluentAssertions;
using ScpStorage.Core.FileStorage;
using ScpStorage.Core.VirtualServer;
using Xunit;

namespace ScpStorage.Core.Tests.FileStorage
{
    public class FileOperationsTableTests
    {
        private static (string Method, string Path, string Name)[] ReferenceRows(string service) =>
            File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "TestData", "operations.tsv"))
                .Skip(1).Select(l => l.Split('\t'))
                .Where(c => c.Length >= 5 && c[0] == service)
                .Select(c => (c[2], c[3], c[4].Trim())).ToArray();

        [Fact]
        public void The_table_has_the_21_operations_of_operations_tsv()
        {
            var reference = ReferenceRows("filestorage");
            reference.Should().HaveCount(21);
            var ours = FileStorageOperations.All.Select(o => (o.Method, o.PathTemplate, o.Name)).ToArray();
            ours.Should().BeEquivalentTo(reference);
            FileStorageOperations.All.Should().OnlyContain(o => o.Service == "filestorage");
            typeof(FileStorageOperations).GetFields().Where(f => f.FieldType == typeof(ScpOperation)).Should().HaveCount(21);
        }
    }
}
