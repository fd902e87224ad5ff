using System;
using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Servers
{
    /// <summary>
    /// Changes whether attached volumes are deleted with their server (the only setting SCP lets
    /// change on an attachment). Attachments come from Get-ScpServerVolume or by server and
    /// volume id; -PassThru returns them as updated.
    /// </summary>
    // The default set takes the piped object: PowerShell binds pipeline input to a candidate default
    // set first, and a default id set would refuse a piped object that lacks the id property.
    [Cmdlet(VerbsCommon.Set, "ScpServerVolume", SupportsShouldProcess = true, DefaultParameterSetName = ServerVolumeTarget.ByObject)]
    [OutputType(typeof(ScpServerVolume))]
    public sealed class SetScpServerVolumeCommand : ScpJobCmdlet
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

        /// <summary>True: the volume is deleted with the server; false: it is kept.</summary>
        [Parameter(Mandatory = true)]
        public bool DeleteOnTermination { get; set; }

        /// <summary>Return the updated attachment.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        private readonly Dictionary<string, string> _names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

        protected override void ProcessRecord()
        {
            foreach (var attachment in ServerVolumeTarget.Resolve(this, ParameterSetName, ServerId, VolumeId, InputObject))
            {
                var at = ConnectionFor(attachment);
                var target = ServerTarget.Describe(this, attachment, at, _names);
                if (!ShouldProcess(target, $"Set delete on termination to {DeleteOnTermination}")) continue;
                var (serverId, volumeId, flag, passThru) = (attachment.ServerId, attachment.VolumeId, DeleteOnTermination, PassThru.IsPresent);
                Run(new ScpWorkItem($"Set {target}", attachment, async ctx =>
                {
                    var updated = await new VirtualServerClient(ctx.Client).UpdateServerVolumeAsync(serverId, volumeId, flag, ctx.CancellationToken).ConfigureAwait(false);
                    if (passThru) ctx.Output.Object(updated);
                }, at));
            }
        }
    }
}
