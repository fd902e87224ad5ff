# An administrator's session over every Backup operation, through the module's cmdlets only.
# OperationCoverageTests runs it against the emulator and checks that each row of
# operations.tsv for backup was reached.
$ErrorActionPreference = 'Stop'
$nightly = @{ Frequency = 'DAILY'; Type = 'FULL'; StartTime = '02:00:00' }

# Where backups can go, and the agent installer
$null = Get-ScpBackupRegionRelationship
$null = Get-ScpBackupAgentInstaller Linux
$null = Get-ScpBackupTarget VIRTUAL_SERVER VM_IMAGE

# An agent on db01 (for its filesystem backup), checked
$agent = Get-ScpBackupAgentTarget VIRTUAL_SERVER -ServerName db01 | New-ScpBackupAgent -Wait
$null = Get-ScpBackupAgent
$agent = Get-ScpBackupAgent -Id $agent.Id
$agent = $agent | Test-ScpBackupAgentConnection -Wait

# Duplicate checks
$null = Test-ScpBackupName cov-vm
$null = Test-ScpBackupRestoreServerName cov-restored
$null = Get-ScpServer -Name db01 | Test-ScpBackupFilesystemPath /data

# An image backup of web01: settings, schedules, a job, a restore to a new server
$vm = Get-ScpServer -Name web01 | New-ScpBackup -Name cov-vm -Schedule $nightly -Wait
$null = Get-ScpBackup -Name cov-*
$vm = $vm | Set-ScpBackup -RetentionPeriod MONTH_1 -DrEnabled $true -Wait -PassThru
$null = $vm | Set-ScpBackupSchedule -Schedule @{ Frequency = 'WEEKLY'; Type = 'INCREMENTAL'; StartTime = '23:30:00'; StartDay = 'SUN' }
$null = $vm | Get-ScpBackupSchedule
$null = $vm | Start-ScpBackupJob -Wait
$null = $vm | Get-ScpBackupJob
$point = $vm | Get-ScpBackupRecoveryPoint -Latest
$subnet = $vm | Get-ScpBackupRestoreSubnet | Select-Object -First 1
$null = $point | Restore-ScpBackup -ServerName cov-restored -ServerTypeId s1v1m2 -SubnetId $subnet.Id -Force -Wait
$null = $vm | Get-ScpBackupRestoreJob
$point | Remove-ScpBackupRecoveryPoint -Force

# A filesystem backup of db01 through its agent, restored onto the server
$fs = $agent | New-ScpBackup -Name cov-fs -FilesystemPath /data -Schedule $nightly -Wait
$fs | Set-ScpBackup -FilesystemPath /data, /etc
$fsPoint = $fs | Start-ScpBackupJob -Wait | Get-ScpBackupRecoveryPoint -Latest
$null = $fsPoint | Get-ScpBackupFilesystemItem
$target = $fs | Get-ScpBackupRestoreTargetServer | Select-Object -First 1
$null = $fsPoint | Restore-ScpBackup -TargetServerId $target.ServerUuid -Path /data -Force -Wait

# Clean up
$vm, $fs | Remove-ScpBackup -Force -Wait
$agent | Remove-ScpBackupAgent -Force -Wait
'journey complete'
