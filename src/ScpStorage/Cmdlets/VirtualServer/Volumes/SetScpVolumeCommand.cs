using System;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.VirtualServer;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.VirtualServer.Volumes
{
    /// <summary>
    /// Renames a Virtual Server volume (Update Volume: the name is the only property SCP lets
    /// change). One volume per input: a -Name that matches several volumes is refused, so a
    /// wildcard cannot rename many volumes to the same name by accident.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ScpVolume", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = VolumeTarget.ByObject)]
    [OutputType(typeof(ScpVolume))]
    public sealed class SetScpVolumeCommand : ScpCmdlet
    {
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = VolumeTarget.ById)]
        [Alias("VolumeId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string Id { get; set; } = "";

        /// <summary>The current name; wildcards allowed, but it must match exactly one volume.</summary>
        [Parameter(Mandatory = true, ParameterSetName = VolumeTarget.ByName)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.VolumeCompleter))]
        public string Name { get; set; } = "";

        /// <summary>Piped input, bound by the shared rule: volumes, id or name strings, or objects that refer to one (VolumeId).</summary>
        [Parameter(Mandatory = true, ParameterSetName = VolumeTarget.ByObject, ValueFromPipeline = true)]
        public PSObject InputObject { get; set; } = null!;

        /// <summary>
        /// The new name: 1–255 letters, digits, spaces, '-' or '_'. Pipeline-bindable so that a
        /// script block (-NewName { 'old-' + $_.Name }) computes it per piped volume.
        /// </summary>
        [Parameter(Mandatory = true, Position = 1, ValueFromPipelineByPropertyName = true)]
        [Validation.ValidateScpName(Validation.VirtualServerNames.VolumePattern, Validation.VirtualServerNames.VolumeAllowed)]
        public string NewName { get; set; } = "";

        /// <summary>Return the renamed volume.</summary>
        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void ProcessRecord()
        {
            var volumes = VolumeTarget.Resolve(this, ParameterSetName, new[] { Id }, new[] { Name },
                InputObject == null ? Array.Empty<PSObject>() : new[] { InputObject }).ToList();
            if (volumes.Count > 1)
            {
                var names = string.Join(", ", volumes.Take(5).Select(v => v.ToString())) + (volumes.Count > 5 ? ", ..." : "");
                WriteError(ScpErrorRecords.InvalidArgument(
                    $"-Name '{Name}' matches {volumes.Count} volumes ({names}); Set-ScpVolume renames one volume at a time. " +
                    "Give its -Id, or pipe the volumes you mean.", Name));
                return;
            }
            foreach (var volume in volumes)
            {
                if (string.Equals(volume.Name, NewName, StringComparison.Ordinal))
                {
                    WriteVerbose($"Volume {volume} is already named '{NewName}'; nothing to change.");
                    if (PassThru) WriteObject(volume);
                    continue;
                }
                if (!ShouldProcess(volume.ToString(), $"Rename volume to '{NewName}'")) continue;
                var (id, newName, passThru) = (volume.Id, NewName, PassThru.IsPresent);
                Run(new ScpWorkItem($"Rename volume {volume}", volume, async ctx =>
                {
                    var renamed = await new VirtualServerClient(ctx.Client).UpdateVolumeAsync(id, newName, ctx.CancellationToken).ConfigureAwait(false);
                    if (passThru) ctx.Output.Object(renamed);
                }, ConnectionFor(volume)));
            }
        }
    }
}
