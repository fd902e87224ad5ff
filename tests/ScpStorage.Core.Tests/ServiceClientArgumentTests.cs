using System;
using System.Net;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Core.Backup;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Core.FileStorage;
using ScpStorage.Core.ParallelFileStorage;
using Xunit;

namespace ScpStorage.Core.Tests
{
    /// <summary>
    /// Every service client refuses an empty id and a page size out of range when it is called,
    /// before anything is sent (lists are lazy, but their arguments are not).
    /// </summary>
    public sealed class ServiceClientArgumentTests
    {
        private static readonly DateTimeOffset Now = DateTimeOffset.UtcNow;

        [Fact]
        public async Task Empty_ids_and_bad_page_sizes_fail_before_any_request_in_every_service()
        {
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.OK, "{}"));
            var client = TestClients.Client(handler);
            var file = new FileStorageClient(client);
            var pfs = new ParallelFileStorageClient(client);
            var bm = new BareMetalBlockStorageClient(client);
            var backup = new BackupClient(client);
            var archive = new ArchiveStorageClient(client);

            await Assert.ThrowsAsync<ArgumentException>(() => file.GetVolumeAsync(" "));
            await Assert.ThrowsAsync<ArgumentException>(() => pfs.GetVolumeAsync(""));
            await Assert.ThrowsAsync<ArgumentException>(() => bm.GetVolumeAsync(" "));
            await Assert.ThrowsAsync<ArgumentException>(() => backup.GetBackupAsync(" "));
            await Assert.ThrowsAsync<ArgumentException>(() => archive.GetBucketAsync(" "));

            foreach (var list in new Action[]
            {
                () => file.ListVolumes(pageSize: FileStorageClient.MaxPageSize + 1),
                () => pfs.ListVolumes(pageSize: 0),
                () => bm.ListVolumes(pageSize: BareMetalBlockStorageClient.MaxPageSize + 1),
                () => bm.ListVolumeGroups(pageSize: 0),
                () => backup.ListBackups(pageSize: BackupClient.MaxPageSize + 1),
                () => backup.ListBackupJobs("b-1", pageSize: 0),
                () => archive.ListArchivingJobs("b-1", Now.AddDays(-1), Now, pageSize: ArchiveStorageClient.MaxPageSize + 1),
                () => archive.ListObjectVersions("b-1", "a.txt", pageSize: 0),
            })
                list.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("pageSize");
            handler.Requests.Should().BeEmpty();
        }
    }
}
