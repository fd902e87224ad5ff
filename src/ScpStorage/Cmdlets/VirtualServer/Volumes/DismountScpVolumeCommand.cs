using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.Errors;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>
    /// Detaches Virtual Server volumes from a server (Detach Volume). Without -ServerId or
    /// -ServerName, a volume attached to exactly one server is detached from it; a volume
    /// attached to several needs the server named; a volume attached to none is an error. All of
    /// this is decided from the volume before any request. Asks for confirmation unless -Force or
    /// -Confirm:$false; returns the volume (detaching), or with -Wait once it has settled.
    /// </summary>
    [Cmdlet(VerbsData.Dismount, "ScpVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpVolume))]
    public sealed class DismountScpVolumeCommand : VolumeTargetCmdlet
    {
        private readonly ServerLookup _servers = new ServerLookup();

        /// <summary>
        /// The server to detach from; required when the volume is attached to several. Taken from
        /// piped objects that carry a VolumeId (such as attachments from Get-ScpServerVolume).
        /// </summary>
        [Parameter(ParameterSetName = ById)]
        [Parameter(ParameterSetName = ByName)]
        [Parameter(ParameterSetName = ByObject, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string? ServerId { get; set; }

        /// <summary>The exact name of the server to detach from.</summary>
        [Parameter]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ServerCompleter))]
        public string? ServerName { get; set; }

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (ServerId != null && ServerName != null)
            {
                WriteError(ScpErrorRecords.InvalidArgument("Give -ServerId or -ServerName, not both.", ServerName));
                return;
            }
            if (ServerName != null && !ServerLookup.CheckName(this, ServerName)) return;
            foreach (var volume in Targets())
            {
                var connection = ConnectionFor(volume);
                var server = ChooseServer(connection, volume);
                if (server == null) continue;
                var (serverId, serverText) = server.Value;
                if (!ShouldProcess(volume.ToString(), $"Detach volume from server {serverText}", Force)) continue;
                var start = volume;
                Run(new ScpWorkItem($"Detach volume {volume} from server {serverText}", volume, async ctx =>
                {
                    var vs = new VirtualServerClient(ctx.Client);
                    await vs.DetachVolumeAsync(start.Id, serverId, ctx.CancellationToken).ConfigureAwait(false);
                    var result = ctx.Wait != null
                        ? await VolumeWaits.UntilAsync(vs, start, $"to detach from server {serverText}", v => !VolumeWaits.IsAttachedTo(v, serverId), ctx).ConfigureAwait(false)
                        : await vs.GetVolumeAsync(start.Id, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(result);
                }, connection));
            }
        }

        /// <summary>
        /// The attachment to remove, decided from the volume as resolved: (server id, text for
        /// messages); null, with an error written, when it cannot be decided.
        /// </summary>
        private (string Id, string Text)? ChooseServer(Core.Config.ScpConnection connection, ScpVolume volume)
        {
            var attached = volume.Servers.Where(s => !string.IsNullOrEmpty(s.ServerId)).ToList();
            if (attached.Count == 0)
            {
                WriteError(ScpErrorRecords.InvalidOperation("ScpVolumeNotAttached",
                    $"Volume {volume} is not attached to any server (state {volume.State ?? "unknown"}); there is nothing to detach.", volume));
                return null;
            }
            var attachedList = string.Join(", ", attached.Select(a => a.ToString()));

            if (ServerId != null)
            {
                var match = attached.FirstOrDefault(a => string.Equals(a.ServerId, ServerId, StringComparison.OrdinalIgnoreCase));
                if (match != null) return (match.ServerId, match.ToString());
                WriteError(ScpErrorRecords.InvalidOperation("ScpVolumeNotAttachedToServer",
                    $"Volume {volume} is not attached to server {ServerId}; it is attached to: {attachedList}.", volume));
                return null;
            }

            if (ServerName != null)
            {
                IReadOnlyList<ScpServer> named;
                try
                {
                    named = _servers.Named(this, connection, ServerName);
                }
                catch (ScpRequestFailedException e)
                {
                    WriteScpError(e, ServerName);
                    return null;
                }
                if (named.Count == 0)
                {
                    WriteError(ScpErrorRecords.NotFound("server", ServerName, VirtualServerClient.ServiceName));
                    return null;
                }
                // Server names need not be unique: only the ones this volume is attached to count.
                var candidates = named.Where(s => VolumeWaits.IsAttachedTo(volume, s.Id)).ToList();
                if (candidates.Count == 1) return (candidates[0].Id, candidates[0].ToString());
                WriteError(candidates.Count == 0
                    ? ScpErrorRecords.InvalidOperation("ScpVolumeNotAttachedToServer",
                        $"Volume {volume} is not attached to server {ServerName}; it is attached to: {attachedList}.", volume)
                    : ScpErrorRecords.InvalidArgument(
                        $"Volume {volume} is attached to {candidates.Count} servers named '{ServerName}' ({string.Join(", ", candidates.Select(s => s.Id))}); use -ServerId to say which one.", volume));
                return null;
            }

            if (attached.Count == 1) return (attached[0].ServerId, attached[0].ToString());
            WriteError(ScpErrorRecords.InvalidArgument(
                $"Volume {volume} is attached to {attached.Count} servers ({attachedList}); use -ServerId to say which one to detach it from.", volume));
            return null;
        }
    }
}
