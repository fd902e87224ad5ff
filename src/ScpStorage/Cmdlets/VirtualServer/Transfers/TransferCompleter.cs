using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ScpStorage.Completion;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.Transfers
{
    /// <summary>Completes pending volume transfer names (-Name) and ids (-Id); the list never carries auth keys.</summary>
    public sealed class TransferCompleter : ResourceCompleter<VirtualServerClient>
    {
        protected override string Kind => "volume-transfer";

        protected override IEnumerable<(string Name, string Id)> Fetch(VirtualServerClient client, int max, CancellationToken ct) =>
            client.ListVolumeTransfers(max, ct).Select(t => (t.Name ?? "", t.Id));
    }
}
