using ScpStorage.Core.Waiting;

namespace ScpStorage.Core.VirtualServer
{
    /// <summary>
    /// Volume and snapshot states (OpenStack Cinder style, cross-checked with the state lists of
    /// the peer Cinder API in seed 004). A state in neither list is settled: available, in-use,
    /// awaiting-transfer (a volume stays there until the transfer is accepted or deleted, so a
    /// wait must not block on it), deleted.
    /// </summary>
    public static class VirtualServerStates
    {
        public static readonly ScpStateTable Volume = new ScpStateTable(
            new[]
            {
                "creating", "attaching", "detaching", "extending", "deleting", "reverting", "backing-up",
                "restoring-backup", "downloading", "uploading", "retyping", "maintenance", "reserved",
            },
            new[] { "error", "error_deleting", "error_extending", "error_restoring", "error_managing", "error_backing-up" });

        public static readonly ScpStateTable Snapshot = new ScpStateTable(
            new[] { "creating", "deleting", "backing-up", "restoring", "unmanaging" },
            new[] { "error", "error_deleting" });
    }
}
