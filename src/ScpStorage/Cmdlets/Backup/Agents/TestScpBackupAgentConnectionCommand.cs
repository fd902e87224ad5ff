using System;
using System.Management.Automation;
using ScpStorage.Core.Backup;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.Backup.Agents
{
    /// <summary>
    /// Asks the backup master to check its connection to agents (SCP's Check Backup Master
    /// Connection State, a read that starts a check). Outputs each agent re-read; with -Wait,
    /// once the check has run (its check time is later than the call): SUCCESS is returned, any
    /// other connection state is an error.
    /// </summary>
    [Cmdlet(VerbsDiagnostic.Test, "ScpBackupAgentConnection", DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpBackupAgent))]
    public sealed class TestScpBackupAgentConnectionCommand : AgentTargetCmdlet
    {
        protected override void ProcessRecord()
        {
            foreach (var agent in Targets())
            {
                var id = agent.Id;
                Run(new ScpWorkItem($"Check connection of backup agent {agent}", agent, async ctx =>
                {
                    var bk = new BackupClient(ctx.Client);
                    var since = DateTimeOffset.UtcNow - BackupClient.ClockSkew;
                    var before = await bk.GetAgentAsync(id, ctx.CancellationToken).ConfigureAwait(false);
                    // The check has run when the agent's check time moves past both the call and the last check.
                    if (before.ConnectionCheckTime > since) since = before.ConnectionCheckTime.Value;
                    await bk.CheckAgentConnectionAsync(id, ctx.CancellationToken).ConfigureAwait(false);
                    var result = ctx.Wait == null ? await bk.GetAgentAsync(id, ctx.CancellationToken).ConfigureAwait(false)
                        : await bk.WaitForConnectionCheckAsync(id, since, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(result);
                }, ConnectionFor(agent)));
            }
        }
    }
}
