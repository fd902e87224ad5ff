using System;
using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage
{
    /// <summary>
    /// Base of the bucket-scoped Archive cmdlets that do not change anything: -BucketId binds by
    /// property name from any Archive object (a bucket, an object, a policy, a job), so a bucket
    /// never has to be typed twice.
    /// </summary>
    public abstract class ArchiveReadCmdlet : ScpCmdlet
    {
        /// <summary>The archive bucket (bound from a piped object's BucketId).</summary>
        [Parameter(Mandatory = true, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ArchiveBucketCompleter))]
        public string BucketId { get; set; } = "";

        internal ArchiveStorageClient Archive => Client<ArchiveStorageClient>();
    }

    /// <summary>History windows: SCP requires both bounds, so the cmdlets default to the last seven days up to now.</summary>
    internal static class ArchiveWindow
    {
        public static readonly TimeSpan Default = TimeSpan.FromDays(7);

        public static (DateTimeOffset From, DateTimeOffset To) Of(DateTime? after, DateTime? before)
        {
            var to = before.HasValue ? new DateTimeOffset(before.Value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(before.Value, DateTimeKind.Local) : before.Value) : DateTimeOffset.UtcNow.AddMinutes(1);
            var from = after.HasValue ? new DateTimeOffset(after.Value.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(after.Value, DateTimeKind.Local) : after.Value) : to - Default;
            if (from > to) throw new PSArgumentException($"-After ({from:u}) must not be later than -Before ({to:u}).");
            return (from, to);
        }
    }
}
