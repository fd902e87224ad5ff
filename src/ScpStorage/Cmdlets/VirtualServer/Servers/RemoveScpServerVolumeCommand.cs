using System;
using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Servers
{
    /// <summary>
    /// Detaches volumes from servers, from the server side; the volumes themselves are kept.
    /// Asks for confirmation unless -Force or -Confirm:$false, because a detached disk
    /// disappears from a running system. -Wait returns once each volume has settled (available,
    /// or in-use when it is still attached to another server).
    /// </summary>
    // The default set takes the piped object: PowerShell binds pipeline input to a candidate default
    // set first, and a default id set would refuse a piped object that lacks the id property.
    [Cmdlet(VerbsCommon.Remove, "ScpServerVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High,
        DefaultParameterSetName = ServerVolumeTarget.ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpServerVolumeCommand : ScpWaitCmdlet
    {
        /// <summary>The server; with piped volumes or volume ids, the server they are attached to.</summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ServerVolumeTarget.ById)]
        [Parameter(ParameterSetName = ServerVolumeTarget.ByObject)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string ServerId { get; set; } = "";

        [Parameter(Mandatory = true, Position = 1, ParameterSetName = ServerVolumeTarget.ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string[] VolumeId { get; set; } = Array.Empty<string>();

        /// <summary>
        /// Piped input, bound by the shared rule: attachments from Get-ScpServerVolume, objects
        /// with ServerId and VolumeId, or volumes / volume ids with -ServerId.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = ServerVolumeTarget.ByObject, ValueFromPipeline = true)]
        public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        private readonly Dictionary<string, string> _names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        protected override void ProcessRecord()
        {
            foreach (var attachment in ServerVolumeTarget.Resolve(this, ParameterSetName, ServerId, VolumeId, InputObject))
            {
                var at = ConnectionFor(attachment);
                var target = ServerTarget.Describe(this, attachment, at, _names);
                if (!ShouldProcess(target, "Detach volume", Force)) continue;
                var (serverId, volumeId) = (attachment.ServerId, attachment.VolumeId);
                Run(new ScpWorkItem($"Detach {target}", attachment, async ctx =>
                {
                    var vs = new VirtualServerClient(ctx.Client);
                    await vs.DeleteServerVolumeAsync(serverId, volumeId, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null)
                        await vs.WaitForVolumeAsync(volumeId, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, at));
            }
        }
    }
}
