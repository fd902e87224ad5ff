using System.Collections.Generic;
using System.Linq;
using System.Threading;
using ScpStorage.Core.Backup;

namespace ScpStorage.Completion
{
    /// <summary>Completes backup names and ids.</summary>
    public sealed class BackupCompleter : ResourceCompleter<BackupClient>
    {
        protected override string Kind => "backup";
        protected override IEnumerable<(string Name, string Id)> Fetch(BackupClient client, int max, CancellationToken ct) =>
            client.ListBackups(pageSize: BackupClient.MaxPageSize, first: max, ct: ct).Select(b => (b.Name ?? "", b.Id));
    }

    /// <summary>Completes backup agent names and ids.</summary>
    public sealed class BackupAgentCompleter : ResourceCompleter<BackupClient>
    {
        protected override string Kind => "backup-agent";
        protected override IEnumerable<(string Name, string Id)> Fetch(BackupClient client, int max, CancellationToken ct) =>
            client.ListAgents(pageSize: BackupClient.MaxPageSize, first: max, ct: ct).Select(a => (a.Name ?? "", a.Id));
    }

    /// <summary>Completes Get-ScpBackup -Sort.</summary>
    public sealed class BackupSortCompleter : SortCompleter
    {
        private static readonly string[] BackupKeys = { "created_at", "modified_at", "name", "server_name" };
        protected override IReadOnlyList<string> Keys => BackupKeys;
    }

    /// <summary>Completes the -Sort of the job and recovery point listings.</summary>
    public sealed class BackupHistorySortCompleter : SortCompleter
    {
        private static readonly string[] HistoryKeys = { "backup_start_time", "created_at" };
        protected override IReadOnlyList<string> Keys => HistoryKeys;
    }
}
