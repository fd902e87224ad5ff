using System;
using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core;
using ScpStorage.Core.Backup;

namespace ScpStorage.Cmdlets.Backup
{
    /// <summary>
    /// How the cmdlets that work on what belongs to a backup (jobs, schedules, recovery points,
    /// restores…) find the backup: piped — a backup, any Backup-family object by its BackupId,
    /// an id or name string — or given as -BackupId. A piped object's backup is used in the
    /// object's own region.
    /// </summary>
    internal static class BackupRefs
    {
        public static IEnumerable<(string Id, ScpResource? From)> Resolve(ScpCmdlet cmdlet, string parameterSet, PSObject[] piped, string[] ids)
        {
            if (parameterSet == ResourceTargets.ById)
            {
                foreach (var id in ids) yield return (id, null);
                yield break;
            }
            foreach (var p in piped)
            {
                var value = p?.BaseObject;
                // A Backup-family object names its backup without a second read.
                if (value is ScpBackup b) { yield return (b.Id, b); continue; }
                if (value is ScpResource r && p!.Properties["BackupId"]?.Value is string bid && bid.Length > 0) { yield return (bid, r); continue; }
                foreach (var backup in ResourceTargets.Piped(cmdlet, BackupKinds.Backup, p!)) yield return (backup.Id, backup);
            }
        }
    }

    /// <summary>Base of the Get- cmdlets that list what belongs to a backup.</summary>
    public abstract class BackupChildGetCmdlet : ScpCmdlet
    {
        protected const string ByObject = ResourceTargets.ByObject;
        protected const string ById = ResourceTargets.ById;

        /// <summary>The backup: a backup object (Get-ScpBackup), an object with a BackupId (a job, recovery point…), or a backup's id or name.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ByObject)]
        [Alias("Backup")]
        public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

        /// <summary>Ids of backups.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.BackupCompleter))]
        public string[] BackupId { get; set; } = Array.Empty<string>();

        protected IEnumerable<(string Id, ScpResource? From)> Backups() => BackupRefs.Resolve(this, ParameterSetName, InputObject, BackupId);

        /// <summary>Streams one listing per backup, on a worker, as it is read.</summary>
        protected void WriteEach<T>(Func<BackupClient, string, IEnumerable<T>> list) where T : class
        {
            foreach (var backup in Backups())
            {
                var client = ClientOf<BackupClient>(backup.From);
                var items = list(client, backup.Id);
                RunListing(o => { foreach (var item in items) o.Object(item); }, backup.Id);
            }
        }
    }

    /// <summary>Base of the cmdlets that change what belongs to a backup (with -Wait/-AsJob).</summary>
    public abstract class BackupChildWaitCmdlet : ScpWaitCmdlet
    {
        protected const string ByObject = ResourceTargets.ByObject;
        protected const string ById = ResourceTargets.ById;

        /// <summary>The backup: a backup object (Get-ScpBackup), an object with a BackupId, or a backup's id or name.</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ByObject)]
        [Alias("Backup")]
        public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

        /// <summary>Ids of backups.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.BackupCompleter))]
        public string[] BackupId { get; set; } = Array.Empty<string>();

        protected IEnumerable<(string Id, ScpResource? From)> Backups() => BackupRefs.Resolve(this, ParameterSetName, InputObject, BackupId);
    }
}
