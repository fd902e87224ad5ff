using System;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Objects
{
    /// <summary>
    /// Restore-ScpSnapshot given an archive object version: the nearest thing Archive Storage has
    /// to a snapshot, but a recovery copies it OUT to a named Object Storage bucket with an explicit
    /// overwrite choice — Restore-ScpSnapshot has neither — so this handler only says which cmdlet to use.
    /// </summary>
    internal sealed class ArchiveVersionRestoreHandler : ISnapshotRestoreHandler
    {
        public Type SnapshotType => typeof(ScpArchiveObjectVersion);

        public string Describe => "ScpArchiveObjectVersion (restored by Restore-ScpArchiveObject, not here)";

        public SnapshotRestorePlan? Plan(RestoreScpSnapshotCommand cmdlet, object snapshot)
        {
            var v = (ScpArchiveObjectVersion)snapshot;
            cmdlet.WriteError(Errors.ScpErrorRecords.InvalidArgument(
                $"Restore-ScpSnapshot does not restore archive object versions: an archived version is copied out to an Object Storage bucket. " +
                $"Use: Get-ScpArchiveObjectVersion -BucketId {v.BucketId} -Path '{v.ObjectPath}' | Restore-ScpArchiveObject -TargetBucketName <bucket> [-Overwrite]", snapshot));
            return null;
        }

        public object? ReadById(RestoreScpSnapshotCommand cmdlet, string id) => null;
    }
}
