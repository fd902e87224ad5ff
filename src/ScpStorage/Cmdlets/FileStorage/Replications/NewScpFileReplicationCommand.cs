using System.Management.Automation;
using System.Net;
using System.Security;
using ScpStorage.Core.Config;
using ScpStorage.Core.FileStorage;
using ScpStorage.Errors;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.FileStorage.Replications
{
    /// <summary>
    /// Replicates File Storage volumes to another region (CreateVolumeReplication): a replica
    /// volume named -Name is made there and kept in step at -Frequency; -Type Backup makes File
    /// Storage's own backup copies instead. Returns the replication as SCP shows it, or with -Wait
    /// once it is no longer creating.
    /// </summary>
    [Cmdlet(VerbsCommon.New, "ScpFileReplication", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(ScpFileReplication))]
    public sealed class NewScpFileReplicationCommand : FileChildCmdlet
    {
        /// <summary>The replica volume's name (3–21 characters: a lowercase letter, then lowercase letters, digits or '_').</summary>
        [Parameter(Mandatory = true)]
        [Validation.ValidateScpName(FileStorageNames.VolumePattern, FileStorageNames.VolumeAllowed)]
        public string Name { get; set; } = "";

        /// <summary>The target region (see Get-ScpFileReplicationRegion).</summary>
        [Parameter(Mandatory = true)]
        [ArgumentCompleter(typeof(Completion.RegionCompleter))]
        public string TargetRegion { get; set; } = "";

        /// <summary>How often the replica is brought up to date: 5min, hourly, daily, weekly or monthly.</summary>
        [Parameter(Mandatory = true)]
        [ValidateSet("5min", "hourly", "daily", "weekly", "monthly")]
        public string Frequency { get; set; } = "";

        /// <summary>Replication (a replica volume) or Backup (File Storage's backup copies).</summary>
        [Parameter]
        [ValidateSet("Replication", "Backup")]
        public string Type { get; set; } = "Replication";

        /// <summary>Backup copies kept (1–128; Backup only).</summary>
        [Parameter]
        [ValidateRange(1, 128)]
        public int? BackupRetentionCount { get; set; }

        /// <summary>The replica's CIFS password (CIFS volumes only); sent only in the request body.</summary>
        [Parameter]
        public SecureString? CifsPassword { get; set; }

        protected override void ProcessRecord()
        {
            var environment = Connection.Environment;
            if (ScpEndpoints.Validate(TargetRegion, environment, customEndpoint: false) is string regionError)
            {
                WriteError(ScpErrorRecords.InvalidArgument("-TargetRegion: " + regionError, TargetRegion));
                return;
            }
            if (BackupRetentionCount.HasValue && Type != "Backup")
            {
                WriteError(ScpErrorRecords.InvalidArgument("-BackupRetentionCount is for -Type Backup.", BackupRetentionCount));
                return;
            }
            foreach (var volume in Volumes())
            {
                if (CifsPassword != null && volume.Protocol != "CIFS")
                {
                    WriteError(ScpErrorRecords.InvalidArgument($"-CifsPassword is for CIFS volumes; {volume} is {volume.Protocol}.", volume));
                    continue;
                }
                var spec = new FileReplicationSpec
                {
                    VolumeId = volume.Id, Name = Name, Region = TargetRegion, Frequency = Frequency, ReplicationType = Type.ToLowerInvariant(),
                    BackupRetentionCount = BackupRetentionCount,
                    CifsPassword = CifsPassword == null ? null : new NetworkCredential("", CifsPassword).Password,
                };
                if (!ShouldProcess(volume.ToString(), $"{Type} to {TargetRegion} as {Name} ({Frequency})")) continue;
                Run(new ScpWorkItem($"New {Type.ToLowerInvariant()} of file volume {volume}", volume, async ctx =>
                {
                    var fs = new FileStorageClient(ctx.Client);
                    var created = await fs.CreateReplicationAsync(spec, ctx.CancellationToken).ConfigureAwait(false);
                    var result = ctx.Wait != null
                        ? await fs.WaitForReplicationAsync(spec.VolumeId, created.Id, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                        : await fs.GetReplicationAsync(spec.VolumeId, created.Id, ctx.CancellationToken).ConfigureAwait(false);
                    ctx.Output.Object(result);
                }, ConnectionFor(volume)));
            }
        }
    }
}
