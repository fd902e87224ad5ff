using System;
using System.Collections.Generic;
using System.Linq;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Shared
{
    /// <summary>
    /// Restores one kind of snapshot for Restore-ScpSnapshot. Each SCP service with snapshots
    /// (Virtual Server volumes now; File Storage and bare metal block storage later) supplies
    /// one handler in its own service folder and one line in <see cref="SnapshotRestoreHandlers"/>;
    /// the cmdlet itself never changes.
    /// </summary>
    internal interface ISnapshotRestoreHandler
    {
        /// <summary>The piped object type this handler restores (instances of subtypes match too).</summary>
        Type SnapshotType { get; }

        /// <summary>How the kind is named when an unsupported object is piped, e.g. "ScpVolumeSnapshot (Get-ScpVolumeSnapshot)".</summary>
        string Describe { get; }

        /// <summary>
        /// Resolves what the snapshot would overwrite (reading it from SCP when the confirmation
        /// needs its name) and returns the unconfirmed plan; null after writing an error when the
        /// target cannot be resolved. Must not change anything.
        /// </summary>
        SnapshotRestorePlan? Plan(RestoreScpSnapshotCommand cmdlet, object snapshot);

        /// <summary>Reads a snapshot of this kind by id (for -SnapshotId); null after writing an error.</summary>
        object? ReadById(RestoreScpSnapshotCommand cmdlet, string id);
    }

    /// <summary>What a handler will do, for ShouldProcess, and the work to run once confirmed.</summary>
    internal sealed class SnapshotRestorePlan
    {
        public SnapshotRestorePlan(string action, string target, ScpWorkItem work)
        {
            Action = action; Target = target; Work = work;
        }

        /// <summary>The ShouldProcess action, e.g. "Revert".</summary>
        public string Action { get; }
        /// <summary>The ShouldProcess target naming both sides, e.g. "volume data01 (id) to snapshot pre-patch (id)".</summary>
        public string Target { get; }
        public ScpWorkItem Work { get; }
    }

    /// <summary>The dispatch table of Restore-ScpSnapshot: piped object type → handler. One line per snapshot kind.</summary>
    internal static class SnapshotRestoreHandlers
    {
        private static readonly IReadOnlyList<ISnapshotRestoreHandler> All = new ISnapshotRestoreHandler[]
        {
            new VirtualServer.Snapshots.VirtualServerSnapshotRestoreHandler(),
            new FileStorage.Snapshots.FileSnapshotRestoreHandler(),
            new ParallelFileStorage.PfsSnapshotRestoreHandler(),
            new BareMetalBlockStorage.Snapshots.BmSnapshotRestoreHandler(), new BareMetalBlockStorage.Snapshots.BmVolumeGroupSnapshotRestoreHandler(),
            new ArchiveStorage.Objects.ArchiveVersionRestoreHandler(),
        };

        /// <summary>
        /// The kind -SnapshotId reads: ids alone do not say which service they belong to, so
        /// -SnapshotId stays with the first kind (Virtual Server volume snapshots); other kinds
        /// are restored by piping their objects.
        /// </summary>
        public static ISnapshotRestoreHandler ForIds => All[0];

        /// <summary>The handler for this object, or null when no service restores its type.</summary>
        public static ISnapshotRestoreHandler? For(object snapshot) =>
            All.FirstOrDefault(h => h.SnapshotType.IsInstanceOfType(snapshot));

        /// <summary>The supported kinds, for the error that rejects anything else.</summary>
        public static string Supported => string.Join(", ", All.Select(h => h.Describe));
    }
}
