# An administrator's session over every File Storage operation, through the module's cmdlets
# only. OperationCoverageTests runs it against the emulator and checks that each row of
# operations.tsv for filestorage was reached.
$ErrorActionPreference = 'Stop'

# Volumes: create, list, read, change
$volume = New-ScpFileVolume -Name cov_share -Protocol NFS -TypeName SSD -Wait
$null = Get-ScpFileVolume -Name cov_*
$volume = Get-ScpFileVolume -Id $volume.Id
$volume = $volume | Set-ScpFileVolume -FileUnitRecoveryEnabled $true -Wait

# Snapshots: take, list, restore the volume to it, make a volume from it, delete
$snapshot = $volume | New-ScpFileSnapshot -Wait
$snapshot = $volume | Get-ScpFileSnapshot | Select-Object -First 1
$volume = $snapshot | Restore-ScpSnapshot -Force -Wait
$copy = $snapshot | New-ScpFileVolume -Name cov_copy -Wait
$snapshot | Remove-ScpFileSnapshot -Force -Wait

# Snapshot schedules: add, list, change, delete
$schedule = $volume | New-ScpFileSnapshotSchedule -Frequency Weekly -DayOfWeek MON -Hour 23 -RetentionCount 10
$null = $volume | Get-ScpFileSnapshotSchedule
$null = $schedule | Set-ScpFileSnapshotSchedule -Hour 2 -PassThru
$schedule | Remove-ScpFileSnapshotSchedule -Force

# Access rules: a Virtual Server server and an object by id; list; remove
$null = Get-ScpServer -Name web01 | Add-ScpFileAccessRule -Volume $volume -Wait
$null = $volume | Add-ScpFileAccessRule -ObjectType BM -ObjectId 5d1c2f3e-0000-4000-8000-00000000b001 -Wait
$volume | Get-ScpFileAccessRule | Remove-ScpFileAccessRule -Force -Wait

# Replications: where to, create, list, read, change, delete
$region = $volume | Get-ScpFileReplicationRegion | Select-Object -First 1
$replication = $volume | New-ScpFileReplication -Name cov_share_dr -TargetRegion $region -Frequency hourly -Wait
$null = $volume | Get-ScpFileReplication
$replication = $volume | Get-ScpFileReplication -Id $replication.Id
$null = $replication | Set-ScpFileReplication -Policy Paused -PassThru
$replication | Remove-ScpFileReplication -Force -Wait

# Clean up
$copy, $volume | Remove-ScpFileVolume -Force -Wait
'journey complete'
