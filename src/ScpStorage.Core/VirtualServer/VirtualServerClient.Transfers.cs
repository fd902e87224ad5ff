using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.VirtualServer
{
    public sealed partial class VirtualServerClient
    {
        /// <summary>Streams pending transfers (the operation is not paged: one request).</summary>
        public IEnumerable<ScpVolumeTransfer> ListVolumeTransfers(int? first = null, CancellationToken ct = default) =>
            Single<ScpVolumeTransfer>(VirtualServerOperations.ListVolumeTransfers.Request(), "transfers", first, ct);

        public async Task<ScpVolumeTransfer> GetVolumeTransferAsync(string transferId, CancellationToken ct = default) =>
            Decode<ScpVolumeTransfer>(Require(await SendAsync(VirtualServerOperations.GetVolumeTransfer.Request()
                .WithPath("transfer_id", Id(transferId, nameof(transferId))), ct).ConfigureAwait(false), "transfer"));

        /// <summary>
        /// Offers a volume for transfer; the volume waits in <c>awaiting-transfer</c>. The result's
        /// <see cref="ScpVolumeTransfer.AuthKey"/> is shown only here: hand it to the receiver privately.
        /// </summary>
        public async Task<ScpVolumeTransfer> CreateVolumeTransferAsync(string volumeId, string? name = null, CancellationToken ct = default)
        {
            var body = new JObject { ["volume_id"] = Id(volumeId, nameof(volumeId)) };
            if (name != null) body["name"] = name;
            return await Reconcile.ScpCreates.SendAsync(_client, VirtualServerOperations.CreateVolumeTransfer.Request().WithBody(body),
                r => Decode<ScpVolumeTransfer>(Require(r, "transfer")), TransferLookup(volumeId), ct).ConfigureAwait(false);
        }

        /// <summary>Cancels a transfer; the volume returns to <c>available</c>.</summary>
        public Task DeleteVolumeTransferAsync(string transferId, CancellationToken ct = default) =>
            DeleteConfirmedAsync(c => SendAsync(VirtualServerOperations.DeleteVolumeTransfer.Request().WithPath("transfer_id", Id(transferId, nameof(transferId))), c),
                c => GetVolumeTransferAsync(transferId, c), t => (string?)null, $"cancel of transfer {transferId}", ct);

        /// <summary>Takes over the volume of a transfer with its auth key; returns the accepted transfer (id, name, volume id).</summary>
        public async Task<ScpVolumeTransfer> AcceptVolumeTransferAsync(string transferId, string authKey, CancellationToken ct = default)
        {
            if (string.IsNullOrEmpty(authKey)) throw new ArgumentException("The transfer's auth key is required.", nameof(authKey));
            var r = VirtualServerOperations.AcceptVolumeTransfer.Request().WithPath("transfer_id", Id(transferId, nameof(transferId)))
                .WithBody(new JObject { ["auth_key"] = authKey });
            var json = await SendAsync(r, ct).ConfigureAwait(false);
            if (Optional(json, "transfer") is Answer o)
            {
                var accepted = Decode<ScpVolumeTransfer>(o);
                accepted.AuthKey = null;
                return accepted;
            }
            return new ScpVolumeTransfer { Id = transferId }.Stamp<ScpVolumeTransfer>(ServiceName, Connection);
        }
    }
}
