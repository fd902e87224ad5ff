using System;

namespace ScpStorage.Core.ArchiveStorage
{
    /// <summary>
    /// Archive Storage states. SCP documents only ACTIVE for buckets, ACTIVE/INACTIVE for
    /// policies and SUCCESS for archiving and recovery histories; a running, failed or cancelled
    /// history's state name is not documented. So no wait depends on those names: a history is
    /// finished when its <c>end_at</c> is set (the models type it nullable), succeeded when the
    /// state is SUCCESS, and anything else once finished is reported as it is. An unknown state
    /// is never taken as "done" (this is why <see cref="Waiting.ScpStateTable.Settled"/> is not used).
    /// </summary>
    public static class ArchiveStorageStates
    {
        public const string BucketActive = "ACTIVE";
        public const string PolicyActive = "ACTIVE";
        public const string PolicyInactive = "INACTIVE";
        public const string HistorySuccess = "SUCCESS";

        /// <summary>A history has finished when SCP has set its end time.</summary>
        public static bool IsFinished(DateTimeOffset? endAt) => endAt.HasValue;

        public static bool IsSuccess(string? state) => string.Equals(state, HistorySuccess, StringComparison.OrdinalIgnoreCase);
    }
}
