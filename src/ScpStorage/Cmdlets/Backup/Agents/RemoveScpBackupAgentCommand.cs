using System.Management.Automation;
using ScpStorage.Core.Backup;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Backup.Agents
{
    /// <summary>Removes backup agents (SCP refuses while backups use one). Asks for confirmation unless -Force; -Wait returns once each is gone.</summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBackupAgent", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpBackupAgentCommand : AgentTargetCmdlet
    {
        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var agent in Targets())
            {
                if (!ShouldProcess(agent.ToString(), "Remove backup agent", Force)) continue;
                var id = agent.Id;
                Run(new ScpWorkItem($"Remove backup agent {agent}", agent, async ctx =>
                {
                    var bk = new BackupClient(ctx.Client);
                    await bk.DeleteAgentAsync(id, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await bk.WaitForAgentDeletedAsync(id, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, ConnectionFor(agent)));
            }
        }
    }
}
