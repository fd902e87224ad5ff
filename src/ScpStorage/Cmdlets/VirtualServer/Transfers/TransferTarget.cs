using ScpStorage.Core.Errors;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.VirtualServer.Transfers
{
    /// <summary>Reads a transfer by id for the transfer cmdlets; a missing one is an ObjectNotFound error for that input.</summary>
    internal static class TransferTarget
    {
        public const string ById = "ById";
        public const string ByObject = "ByObject";

        public static ScpVolumeTransfer? Get(ScpCmdlet cmdlet, string id)
        {
            try
            {
                return cmdlet.InvokeCall((c, ct) => new VirtualServerClient(c).GetVolumeTransferAsync(id, ct));
            }
            catch (ScpRequestFailedException e) when (e.Status == 404)
            {
                cmdlet.WriteError(ScpErrorRecords.NotFound("volume transfer", id, VirtualServerClient.ServiceName));
            }
            catch (ScpRequestFailedException e)
            {
                cmdlet.WriteError(ScpErrorRecords.From(e, id));
            }
            return null;
        }
    }
}
