using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.Transfers
{
    /// <summary>Reads a transfer by id for the transfer cmdlets; a missing one is an ObjectNotFound error for that input.</summary>
    internal static class TransferTarget
    {
        public const string ById = ResourceTargets.ById;
        public const string ByObject = ResourceTargets.ByObject;

        public static ScpVolumeTransfer? Get(ScpCmdlet cmdlet, string id) =>
            ResourceTargets.ReadOne(cmdlet, VirtualServerKinds.Transfer, id);
    }
}
