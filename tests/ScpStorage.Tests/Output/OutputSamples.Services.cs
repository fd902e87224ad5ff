namespace ScpStorage.Tests.Output;

/// <summary>
/// The samples of the services after Virtual Server, one object of every output type, made the
/// way an administrator makes them. The secrets a session types here (the CIFS password) join
/// <see cref="OutputSamples.Secrets"/>.
/// </summary>
public sealed partial class OutputSamples
{
    private const string BareMetalScript = @"
        # A volume with QoS attached to a bare metal server, in a group, with snapshots, a schedule, a rate and a replication
        $bm = New-ScpBmVolume -Name out-bm-data -SizeGB 10 -DiskType SSD -Iops 6000 -Throughput 300 -Wait |
            Mount-ScpBmVolume -ServerId 83c3c73d457345e3829ee6d5557c0011 -Wait
        $o.ScpBmSnapshotRate = $bm | New-ScpBmSnapshotRate -SnapshotRate 50
        $null = $bm | New-ScpBmSnapshot
        $o.ScpBmSnapshot = $bm | Get-ScpBmSnapshot | Select-Object -First 1
        $o.ScpBmSnapshotUsage = $bm | Get-ScpBmSnapshot -Usage
        $o.ScpBmSnapshotSchedule = $bm | New-ScpBmSnapshotSchedule -Hour 2 -DayOfWeek SUN
        $o.ScpBmReplication = $bm | New-ScpBmReplication -Name out-bm-dr -TargetRegion kr-east1 -Cycle HOURLY -Wait
        $o.ScpBmVolumeGroup = $bm | New-ScpBmVolumeGroup -Name out-bm-group -Wait
        $o.ScpBmVolumeGroupSnapshot = $o.ScpBmVolumeGroup | New-ScpBmVolumeGroupSnapshot
        $o.ScpBmVolume = Get-ScpBmVolume -Id $bm.Id
        # What New-ScpBmVolume returns when SCP's 202 answer names no volume it can find yet: the answer itself
        $o.ScpBmRequest = [ScpStorage.Core.ScpJson]::Decode[ScpStorage.Core.BareMetalBlockStorage.ScpBmRequest]([ScpStorage.Core.ScpJson]::Parse(
            '{""request_id"":""req-5f0c2a9e-7d41-4c3b-9a55-0e8d3b1f6a27"",""resource_id"":""c1d2e3f4a5b6478899aabbccddeeff00""}'))";

    private const string FileStorageScript = @"
        # A CIFS share made with a password, its snapshot, weekly schedule, web01's access and a replication
        $cifsPassword = 'Cifs-' + [guid]::NewGuid().ToString('N')
        $o.ScpFileVolume = New-ScpFileVolume -Name out_share -Protocol CIFS -TypeName SSD -Tag @{ env = 'prod' } -Wait `
            -CifsPassword (ConvertTo-SecureString $cifsPassword -AsPlainText -Force)
        $o.ScpFileSnapshot = $o.ScpFileVolume | New-ScpFileSnapshot -Wait
        $o.ScpFileSnapshotSchedule = $o.ScpFileVolume | New-ScpFileSnapshotSchedule -Frequency Weekly -DayOfWeek MON -Hour 23 -RetentionCount 10
        $o.ScpFileAccessRule = Get-ScpServer -Name web01 | Add-ScpFileAccessRule -Volume $o.ScpFileVolume -Wait
        $region = $o.ScpFileVolume | Get-ScpFileReplicationRegion | Select-Object -First 1
        $o.ScpFileReplication = $o.ScpFileVolume | New-ScpFileReplication -Name out_share_dr -TargetRegion $region -Frequency hourly -Wait
        # A Parallel File Storage volume, its snapshot and a GPU node's access
        $o.ScpPfsVolume = New-ScpPfsVolume -Name out_scratch -CapacityTB 10 -Wait
        $o.ScpPfsSnapshot = $o.ScpPfsVolume | New-ScpPfsSnapshot -Wait
        $o.ScpPfsAccessRule = $o.ScpPfsVolume | Add-ScpPfsAccessRule -ObjectId 6f1e2d3c-0000-4000-8000-0000000a0001 -Wait";

    private const string BackupScript = @"
        # Where backups go, an agent on db01, an image backup of web01 run and restored, a filesystem backup through the agent
        $nightly = @{ Frequency = 'DAILY'; Type = 'FULL'; StartTime = '02:00:00' }
        $o.ScpBackupRegionRelationship = Get-ScpBackupRegionRelationship | Select-Object -First 1
        $o.ScpBackupAgentInstaller = Get-ScpBackupAgentInstaller Linux | Select-Object -First 1
        $o.ScpBackupTarget = Get-ScpBackupTarget VIRTUAL_SERVER VM_IMAGE | Select-Object -First 1
        $o.ScpBackupAgentTarget = Get-ScpBackupAgentTarget VIRTUAL_SERVER -ServerName db01
        $o.ScpBackupAgent = $o.ScpBackupAgentTarget | New-ScpBackupAgent -Wait
        $o.ScpBackup = Get-ScpServer -Name web01 | New-ScpBackup -Name out-vm -Schedule $nightly -Wait
        $o.ScpBackupSchedule = $o.ScpBackup | Get-ScpBackupSchedule | Select-Object -First 1
        $o.ScpBackupJob = $o.ScpBackup | Start-ScpBackupJob -Wait
        $o.ScpBackupRecoveryPoint = $o.ScpBackup | Get-ScpBackupRecoveryPoint -Latest
        $o.ScpBackupRestoreSubnet = $o.ScpBackup | Get-ScpBackupRestoreSubnet | Select-Object -First 1
        $o.ScpBackupRestoreJob = $o.ScpBackupRecoveryPoint |
            Restore-ScpBackup -ServerName out-restored -ServerTypeId s1v1m2 -SubnetId $o.ScpBackupRestoreSubnet.Id -Force -Wait
        $fs = $o.ScpBackupAgent | New-ScpBackup -Name out-fs -FilesystemPath /data -Schedule $nightly -Wait
        $o.ScpBackupFilesystemItem = $fs | Start-ScpBackupJob -Wait | Get-ScpBackupRecoveryPoint -Latest | Get-ScpBackupFilesystemItem | Select-Object -First 1
        $o.ScpBackupRestoreTargetServer = $fs | Get-ScpBackupRestoreTargetServer | Select-Object -First 1";

    /// <summary>Archive Storage over the bucket <see cref="ArchiveBucket"/>, which the fixture fills through the emulator's Object Storage stand-in first.</summary>
    private const string ArchiveScript = @"
        # An archive bucket filled by a policy from Object Storage: its settings, objects, versions, runs and a recovery
        $o.ScpArchiveBucket = Get-ScpArchiveBucket -Name out-archive
        $o.ScpArchiveBucketVersioning = $o.ScpArchiveBucket | Get-ScpArchiveBucketVersioning
        $o.ScpArchiveBucketEncryption = $o.ScpArchiveBucket | Set-ScpArchiveBucketEncryption -Enabled $true
        $o.ScpArchivingPolicy = $o.ScpArchiveBucket | Get-ScpArchivingPolicy | Select-Object -First 1
        $o.ScpArchivingJob = $o.ScpArchiveBucket | Get-ScpArchivingJob -Detailed | Select-Object -First 1
        $o.ScpArchiveObject = $o.ScpArchiveBucket | Get-ScpArchiveObject | Select-Object -First 1
        $o.ScpArchiveObjectVersion = $o.ScpArchiveObject | Get-ScpArchiveObjectVersion | Select-Object -First 1
        $o.ScpArchiveRecoveryJob = $o.ScpArchiveObject | Restore-ScpArchiveObject -TargetBucketName out-restore -Force -Wait
        # A pinned API version (the current one, so later calls are unchanged)
        $o.ScpApiVersion = Set-ScpApiVersion virtualserver -Current";

    public const string ArchiveBucket = "out-archive";
    public const string ArchiveRestoreBucket = "out-restore";
    public const string ArchivedObject = "reports/2026/q3/capacity-review.pdf";

    // A property, not a field: Types (in OutputSamples.cs) reads it while static fields initialize, in no set order across files.
    private static string[] ServiceTypes => new[]
    {
        "ScpBmVolume", "ScpBmVolumeGroup", "ScpBmSnapshot", "ScpBmVolumeGroupSnapshot", "ScpBmSnapshotUsage",
        "ScpBmReplication", "ScpBmSnapshotSchedule", "ScpBmSnapshotRate", "ScpBmRequest",
        "ScpFileVolume", "ScpFileSnapshot", "ScpFileSnapshotSchedule", "ScpFileAccessRule", "ScpFileReplication",
        "ScpPfsVolume", "ScpPfsSnapshot", "ScpPfsAccessRule",
        "ScpBackupRegionRelationship", "ScpBackupAgentInstaller", "ScpBackupTarget", "ScpBackupAgentTarget", "ScpBackupAgent",
        "ScpBackup", "ScpBackupSchedule", "ScpBackupJob", "ScpBackupRecoveryPoint", "ScpBackupRestoreSubnet",
        "ScpBackupRestoreJob", "ScpBackupFilesystemItem", "ScpBackupRestoreTargetServer",
        "ScpArchiveBucket", "ScpArchiveBucketVersioning", "ScpArchiveBucketEncryption", "ScpArchivingPolicy",
        "ScpArchivingJob", "ScpArchiveObject", "ScpArchiveObjectVersion", "ScpArchiveRecoveryJob",
        "ScpApiVersion",
    };
}
