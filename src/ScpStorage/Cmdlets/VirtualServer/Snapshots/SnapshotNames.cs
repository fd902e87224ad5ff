namespace ScpStorage.Cmdlets.VirtualServer.Snapshots
{
    /// <summary>
    /// The name rule of Virtual Server snapshots, from SnapshotCreateRequest and
    /// SnapshotUpdateRequest (pattern ^[a-zA-Z0-9-_ ]+$, at most 255 characters). Kept apart from
    /// the volume rule so a change in either spec changes one constant.
    /// </summary>
    internal static class SnapshotNames
    {
        public const string Pattern = "^[a-zA-Z0-9-_ ]{1,255}$";
        public const string Allowed = "Snapshot names use 1-255 letters, digits, spaces, '-' or '_'.";
    }
}
