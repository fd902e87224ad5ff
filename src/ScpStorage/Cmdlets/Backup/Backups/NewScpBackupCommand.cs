using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core;
using ScpStorage.Core.Backup;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Backup.Backups
{
    /// <summary>
    /// Creates a backup (a protection policy: schedules, retention, encryption, DR) for one server —
    /// piped from Get-ScpServer, Get-ScpBackupTarget or Get-ScpBackupAgent, or given by -ServerId.
    /// Everything is validated, and the name (and, for FILESYSTEM backups, each path) checked for
    /// duplicates, before the backup is created. Returns the backup; it takes no data by itself
    /// (Start-ScpBackupJob does).
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ScpBackup", SupportsShouldProcess = true, DefaultParameterSetName = ByTarget)]
    [OutputType(typeof(ScpBackup))]
    public sealed class NewScpBackupCommand : ScpWaitCmdlet
    {
        private const string ByTarget = "ByTarget";
        private const string ById = "ById";

        /// <summary>The server to protect: a server (Get-ScpServer), a backup target (Get-ScpBackupTarget) or a backup agent (Get-ScpBackupAgent).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByTarget)]
        public PSObject InputObject { get; set; } = null!;

        /// <summary>Id of the server to protect.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string ServerId { get; set; } = "";

        /// <summary>VIRTUAL_SERVER (default), GPU_SERVER or BAREMETAL_SERVER.</summary>
        [Parameter(ParameterSetName = ById)]
        [ValidateSet("VIRTUAL_SERVER", "GPU_SERVER", "BAREMETAL_SERVER")]
        public string ServerCategory { get; set; } = "VIRTUAL_SERVER";

        /// <summary>The backup's name (unique).</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 255)]
        public string Name { get; set; } = "";

        /// <summary>One or more schedules: @{Frequency='DAILY'|'WEEKLY'|'MONTHLY'; Type='FULL'|'INCREMENTAL'; StartTime='HH:MM:SS'; StartDay='MON'…; StartWeek='WEEK_1'…}.</summary>
        [Parameter(Mandatory = true)]
        [Schedules.BackupScheduleTransformation]
        public ScpBackupScheduleSpec[] Schedule { get; set; } = Array.Empty<ScpBackupScheduleSpec>();

        /// <summary>VM_IMAGE (default; from a backup agent, FILESYSTEM) or FILESYSTEM.</summary>
        [Parameter]
        [ValidateSet("VM_IMAGE", "FILESYSTEM")]
        public string? PolicyType { get; set; }

        /// <summary>AGENTLESS or AGENT; by default AGENTLESS for VM_IMAGE, AGENT for FILESYSTEM.</summary>
        [Parameter]
        [ValidateSet("AGENTLESS", "AGENT")]
        public string? PolicyCategory { get; set; }

        /// <summary>WEEK_2 (SCP's default), MONTH_1, MONTH_3, MONTH_6 or YEAR_1.</summary>
        [Parameter]
        [ValidateSet("WEEK_2", "MONTH_1", "MONTH_3", "MONTH_6", "YEAR_1")]
        public string? RetentionPeriod { get; set; }

        /// <summary>Encrypt the backup (SCP's default: $true).</summary>
        [Parameter]
        public bool? Encrypt { get; set; }

        /// <summary>Replicate the backup to the partner region.</summary>
        [Parameter]
        public SwitchParameter DrEnabled { get; set; }

        /// <summary>Paths a FILESYSTEM backup protects.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        public string[]? FilesystemPath { get; set; }

        /// <summary>A FILESYSTEM backup of the whole filesystem.</summary>
        [Parameter]
        public SwitchParameter AllFilesystem { get; set; }

        /// <summary>The backup's region (SCP's default: the server's).</summary>
        [Parameter]
        public string? BackupRegion { get; set; }

        /// <summary>Tags as a hashtable of key = value (both required).</summary>
        [Parameter]
        public Hashtable? Tag { get; set; }

        protected override void ProcessRecord()
        {
            var spec = new BackupCreateSpec
            {
                Name = Name, ServerUuid = ServerId, ServerCategory = ServerCategory, PolicyType = PolicyType ?? "VM_IMAGE", PolicyCategory = PolicyCategory,
                Schedules = Schedule.ToList(), RetentionPeriod = RetentionPeriod, EncryptEnabled = Encrypt, DrEnabled = DrEnabled ? true : (bool?)null,
                FilesystemPaths = FilesystemPath?.ToList(), IsAllFilesystem = AllFilesystem ? true : (bool?)null, Region = BackupRegion,
                Tags = Tag?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString()!),
            };
            ScpResource? from = null;
            if (ParameterSetName == ByTarget && !FromPiped(spec, out from)) return;
            if (spec.Validate() is string problem)
            {
                WriteError(Errors.ScpErrorRecords.InvalidArgument(problem, Name));
                return;
            }
            var what = $"Create {spec.PolicyType} backup of server {spec.ServerUuid} ({string.Join("; ", spec.Schedules)})";
            if (!ShouldProcess(Name, what)) return;
            Run(new ScpWorkItem($"New backup {Name}", Name, async ctx =>
            {
                var bk = new BackupClient(ctx.Client);
                var ct = ctx.CancellationToken;
                // Duplicates fail before anything is created.
                if (await bk.IsBackupNameTakenAsync(spec.Name, ct).ConfigureAwait(false))
                {
                    ctx.Output.Error(Errors.ScpErrorRecords.InvalidOperation("ScpBackupNameTaken",
                        $"A backup named '{spec.Name}' already exists; choose another name (see Get-ScpBackup -Name '{spec.Name}').", spec.Name, ErrorCategory.ResourceExists));
                    return;
                }
                foreach (var path in spec.FilesystemPaths ?? new System.Collections.Generic.List<string>())
                    if (await bk.IsFilesystemPathTakenAsync(spec.ServerUuid, path, ct).ConfigureAwait(false))
                    {
                        ctx.Output.Error(Errors.ScpErrorRecords.InvalidOperation("ScpBackupPathTaken",
                            $"Path '{path}' of server {spec.ServerUuid} is already protected by another backup.", path, ErrorCategory.ResourceExists));
                        return;
                    }
                var backup = await bk.CreateBackupAsync(spec, ct).ConfigureAwait(false);
                if (ctx.Wait != null) backup = await bk.WaitForBackupAsync(backup.Id, ctx.Wait, ctx.Progress, ct).ConfigureAwait(false);
                ctx.Output.Object(backup);
            }, from == null ? null : ConnectionFor(from)));
        }

        /// <summary>Fills the server (and what the piped object says of category, policy type, guid) from the pipeline.</summary>
        private bool FromPiped(BackupCreateSpec spec, out ScpResource? from)
        {
            var value = InputObject.BaseObject;
            from = value as ScpResource;
            switch (value)
            {
                case ScpServer server:
                    spec.ServerUuid = server.Id; spec.ServerCategory = "VIRTUAL_SERVER";
                    return true;
                case ScpBackupTarget target:
                    spec.ServerUuid = target.ServerUuid; spec.ServerGuid = target.ServerGuid;
                    if (target.ServerCategory.Length > 0) spec.ServerCategory = target.ServerCategory;
                    if (PolicyType == null && target.PolicyType.Length > 0) spec.PolicyType = target.PolicyType;
                    return true;
                case ScpBackupAgent agent:
                    // The agent list has no server id: read the agent in full.
                    var detail = agent.ServerUuid != null ? agent
                        : InvokeCall<ScpBackupAgent>((c, ct) => ClientOf<BackupClient>(agent).GetAgentAsync(agent.Id, ct));
                    spec.ServerUuid = detail.ServerUuid ?? "";
                    if (!string.IsNullOrEmpty(detail.ServerCategory)) spec.ServerCategory = detail.ServerCategory!;
                    if (PolicyType == null) spec.PolicyType = "FILESYSTEM";
                    return true;
                case string id when id.Length > 0:
                    spec.ServerUuid = id;
                    return true;
                default:
                    WriteError(Errors.ScpErrorRecords.InvalidArgument(
                        $"New-ScpBackup cannot tell which server a piped {value?.GetType().Name ?? "null"} means: pipe a server (Get-ScpServer), a backup target (Get-ScpBackupTarget), a backup agent or a server id.", value));
                    return false;
            }
        }
    }
}
