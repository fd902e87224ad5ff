using System;
using System.Collections;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core;
using ScpStorage.Core.Backup;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Backup.Agents
{
    /// <summary>Installs a backup agent on a server — piped from Get-ScpBackupAgentTarget or Get-ScpServer, or -ServerId — and returns the agent.</summary>
    [Cmdlet(VerbsCommon.New, "ScpBackupAgent", SupportsShouldProcess = true, DefaultParameterSetName = ByTarget)]
    [OutputType(typeof(ScpBackupAgent))]
    public sealed class NewScpBackupAgentCommand : ScpWaitCmdlet
    {
        private const string ByTarget = "ByTarget";
        private const string ById = "ById";

        /// <summary>An agent target (Get-ScpBackupAgentTarget) or a server (Get-ScpServer).</summary>
        [Parameter(Mandatory = true, ValueFromPipeline = true, ParameterSetName = ByTarget)]
        public PSObject InputObject { get; set; } = null!;

        /// <summary>Id of the server to install the agent on.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string ServerId { get; set; } = "";

        /// <summary>Subnet the agent uses (optional).</summary>
        [Parameter]
        public string? SubnetId { get; set; }

        /// <summary>Tags as a hashtable of key = value.</summary>
        [Parameter]
        public Hashtable? Tag { get; set; }

        protected override void ProcessRecord()
        {
            var value = InputObject?.BaseObject;
            var serverId = ParameterSetName == ById ? ServerId : value switch
            {
                ScpBackupAgentTarget t => t.ServerUuid,
                ScpServer s => s.Id,
                string id => id,
                _ => null,
            };
            if (string.IsNullOrEmpty(serverId))
            {
                WriteError(Errors.ScpErrorRecords.InvalidArgument("Pipe an agent target (Get-ScpBackupAgentTarget), a server (Get-ScpServer) or give -ServerId.", value));
                return;
            }
            if (!ShouldProcess(serverId!, "Install a backup agent")) return;
            var (subnet, tags) = (SubnetId, Tag?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString() ?? ""));
            Run(new ScpWorkItem($"New backup agent on {serverId}", serverId, async ctx =>
            {
                var bk = new BackupClient(ctx.Client);
                var agent = await bk.CreateAgentAsync(serverId!, subnet, tags, ctx.CancellationToken).ConfigureAwait(false);
                if (ctx.Wait != null) agent = await bk.WaitForAgentAsync(agent.Id, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(agent);
            }, value is ScpResource r ? ConnectionFor(r) : null));
        }
    }
}
