using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer
{
    /// <summary>
    /// The Virtual Server resource kinds the cmdlets target: how each is read and listed, and the
    /// properties by which objects of other kinds refer to it (the pipeline binding rule,
    /// <see cref="PipedTargets"/>).
    /// </summary>
    internal static class VirtualServerKinds
    {
        private const int Page = VirtualServerClient.MaxPageSize;

        public static readonly ResourceKind<VirtualServerClient, ScpVolume> Volume = new ResourceKind<VirtualServerClient, ScpVolume>(
            "volume", "VolumeId", (c, id, ct) => c.GetVolumeAsync(id, ct),
            (c, name, ct) => c.ListVolumes(new VolumeFilter { Name = name }, null, Page, null, ct), v => v.Id, v => v.Name,
            idsReference: "VolumeIds", completer: new Completion.VolumeCompleter());

        public static readonly ResourceKind<VirtualServerClient, ScpVolumeSnapshot> Snapshot = new ResourceKind<VirtualServerClient, ScpVolumeSnapshot>(
            "snapshot", "SnapshotId", (c, id, ct) => c.GetSnapshotAsync(id, ct),
            (c, name, ct) => c.ListSnapshots(new SnapshotFilter { Name = name }, null, Page, null, ct), s => s.Id, s => s.Name,
            completer: new Completion.SnapshotCompleter());

        public static readonly ResourceKind<VirtualServerClient, ScpVolumeType> VolumeType = new ResourceKind<VirtualServerClient, ScpVolumeType>(
            "volume type", "VolumeTypeId", (c, id, ct) => c.GetVolumeTypeAsync(id, ct),
            (c, _, ct) => c.ListVolumeTypes(Page, null, ct), t => t.Id, t => t.Name,
            nameReference: "VolumeType", completer: new Completion.VolumeTypeCompleter());

        public static readonly ResourceKind<VirtualServerClient, ScpServer> Server = new ResourceKind<VirtualServerClient, ScpServer>(
            "server", "ServerId", (c, id, ct) => c.GetServerAsync(id, ct),
            (c, name, ct) => c.ListServers(new ServerFilter { Name = name }, null, Page, null, ct), s => s.Id, s => s.Name,
            completer: new Completion.ServerCompleter());

        public static readonly ResourceKind<VirtualServerClient, ScpVolumeTransfer> Transfer = new ResourceKind<VirtualServerClient, ScpVolumeTransfer>(
            "volume transfer", "TransferId", (c, id, ct) => c.GetVolumeTransferAsync(id, ct),
            (c, _, ct) => c.ListVolumeTransfers(null, ct), t => t.Id, t => t.Name,
            completer: new Transfers.TransferCompleter());

        /// <summary>Attachments are read through their server (see ServerTarget); only the noun is shared.</summary>
        public static readonly ResourceKind<VirtualServerClient> Attachment =
            new ResourceKind<VirtualServerClient>("volume attachment", typeof(ScpServerVolume), "AttachmentId");
    }
}
