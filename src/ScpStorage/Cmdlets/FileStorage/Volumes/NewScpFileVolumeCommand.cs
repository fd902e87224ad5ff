using System.Collections;
using System.Linq;
using System.Management.Automation;
using System.Net;
using System.Security;
using ScpStorage.Core.FileStorage;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Volumes
{
    /// <summary>
    /// Creates a File Storage volume (CreateVolume), empty or from a snapshot piped from
    /// Get-ScpFileSnapshot (protocol and type then default to the source volume's, read first,
    /// because SCP's body requires them). Returns the volume as SCP shows it right after the
    /// request (creating), or with -Wait once it is available.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ScpFileVolume", SupportsShouldProcess = true, DefaultParameterSetName = Empty)]
    [OutputType(typeof(ScpFileVolume))]
    public sealed class NewScpFileVolumeCommand : ScpWaitCmdlet
    {
        private const string Empty = "Empty";
        private const string FromSnapshot = "FromSnapshot";

        /// <summary>3–21 characters: a lowercase letter, then lowercase letters, digits or '_'. </summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = Empty)]
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = FromSnapshot)]
        [Validation.ValidateScpName(FileStorageNames.VolumePattern, FileStorageNames.VolumeAllowed)]
        public string Name { get; set; } = "";

        /// <summary>NFS or CIFS. From a snapshot: the source volume's when left out.</summary>
        // Not taken by property name: a piped snapshot must bind to -Snapshot, not satisfy the empty-volume set.
        [Parameter(Mandatory = true, ParameterSetName = Empty)]
        [Parameter(ParameterSetName = FromSnapshot)]
        [ValidateSet("NFS", "CIFS")]
        public string? Protocol { get; set; }

        /// <summary>HDD, SSD or HighPerformanceSSD. From a snapshot: the source volume's when left out.</summary>
        [Parameter(Mandatory = true, ParameterSetName = Empty)]
        [Parameter(ParameterSetName = FromSnapshot)]
        [ValidateSet("HDD", "SSD", "HighPerformanceSSD")]
        public string? TypeName { get; set; }

        /// <summary>Create the volume from this snapshot.</summary>
        [Parameter(Mandatory = true, ParameterSetName = FromSnapshot, ValueFromPipeline = true)]
        public ScpFileSnapshot Snapshot { get; set; } = null!;

        /// <summary>The CIFS account password (CIFS volumes only); sent only in the request body.</summary>
        [Parameter]
        public SecureString? CifsPassword { get; set; }

        /// <summary>Tags as a hashtable of key = value (keys up to 128 characters).</summary>
        [Parameter]
        public Hashtable? Tag { get; set; }

        protected override void ProcessRecord()
        {
            var (protocol, typeName) = (Protocol, TypeName);
            var at = Snapshot == null ? null : ConnectionFor(Snapshot);
            if (Snapshot != null && (protocol == null || typeName == null))
            {
                var source = Shared.ResourceTargets.ReadOne(this, FileStorageKinds.Volume, Snapshot.VolumeId ?? "", at);
                if (source == null) return;
                protocol ??= source.Protocol; typeName ??= source.TypeName;
            }
            if (CifsPassword != null && !string.Equals(protocol, "CIFS", System.StringComparison.OrdinalIgnoreCase))
            {
                WriteError(ScpErrorRecords.InvalidArgument($"-CifsPassword is for CIFS volumes; this volume's protocol is {protocol}.", Name));
                return;
            }
            var tags = Tag?.Cast<DictionaryEntry>().ToDictionary(e => e.Key.ToString()!, e => e.Value?.ToString());
            if (tags != null && tags.Keys.FirstOrDefault(k => k.Length == 0 || k.Length > 128) is string badKey)
            {
                WriteError(ScpErrorRecords.InvalidArgument($"Tag key '{badKey}' must have 1-128 characters.", Tag));
                return;
            }
            var spec = new FileVolumeCreateSpec
            {
                Name = Name, Protocol = protocol!, TypeName = typeName!, SnapshotId = Snapshot?.Id, Tags = tags,
                CifsPassword = CifsPassword == null ? null : new NetworkCredential("", CifsPassword).Password,
            };
            var what = Snapshot == null ? $"Create {protocol} {typeName} file volume" : $"Create {protocol} {typeName} file volume from snapshot {Snapshot}";
            if (!ShouldProcess(Name, what)) return;
            Run(new ScpWorkItem($"New file volume {Name}", Name, async ctx =>
            {
                var fs = new FileStorageClient(ctx.Client);
                var created = await fs.CreateVolumeAsync(spec, ctx.CancellationToken).ConfigureAwait(false);
                // The create answer has no state: the volume is read (or waited for) to return it whole.
                var volume = ctx.Wait != null
                    ? await fs.WaitForVolumeAsync(created.Id, created.Name, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                    : await fs.GetVolumeAsync(created.Id, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(volume);
            }, at));
        }
    }
}
