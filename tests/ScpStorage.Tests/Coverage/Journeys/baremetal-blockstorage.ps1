# An administrator's session over every bare metal block storage operation, through the
# module's cmdlets only. OperationCoverageTests runs it against the emulator and checks that
# each row of operations.tsv for baremetal-blockstorage was reached.
$ErrorActionPreference = 'Stop'
$bm1 = '83c3c73d457345e3829ee6d5557c0011'   # the emulator's fixed bare metal servers
$bm2 = '83c3c73d457345e3829ee6d5557c0012'

# Volumes: create (one with QoS), list, QoS, attach to two servers at once, detach from all
$a = New-ScpBmVolume -Name cov-bm-a -SizeGB 10 -DiskType SSD -Wait
$b = New-ScpBmVolume -Name cov-bm-b -SizeGB 20 -DiskType HDD -Iops 6000 -Throughput 300 -Wait
$null = Get-ScpBmVolume -Name cov-bm-*
$a = $a | Set-ScpBmVolume -Iops 8000 -Wait
$a = $a | Mount-ScpBmVolume -ServerId $bm1, $bm2 -Wait
$a = $a | Dismount-ScpBmVolume -Wait

# Snapshot rate, snapshots, in-place restore, recovery into a new volume, schedules
$null = $a | New-ScpBmSnapshotRate -SnapshotRate 100
$null = $a | Set-ScpBmSnapshotRate -SnapshotRate 50
$null = $a | Remove-ScpBmSnapshotRate -Confirm:$false
$null = $a | New-ScpBmSnapshot
$snap = Get-ScpBmSnapshot -VolumeId $a.Id | Select-Object -First 1
$a = $snap | Restore-ScpSnapshot -Force -Wait
$copy = $snap | New-ScpBmVolume -Name cov-bm-copy -Wait
$null = $a | New-ScpBmSnapshotSchedule -Hour 18
$null = $a | Set-ScpBmSnapshotSchedule -Hour 2 -DayOfWeek SUN
$null = $a | Remove-ScpBmSnapshotSchedule -Confirm:$false
$snap | Remove-ScpBmSnapshot -Force

# Replication of a volume: create, read, cycle and policy, end
$rep = $a | New-ScpBmReplication -Name cov-dr -TargetRegion kr-east1 -Cycle HOURLY -Wait
$rep = $rep | Set-ScpBmReplication -Cycle DAILY -Policy RESYNC
$rep | Remove-ScpBmReplication -Force -Wait

# Volume groups: piped volumes in one create, members in and out, group snapshots, restore, recovery
$g = $a, $b | New-ScpBmVolumeGroup -Name cov-vg -Wait
$null = Get-ScpBmVolumeGroup -Name cov-vg*
$g = $copy | Add-ScpBmVolumeGroupMember -VolumeGroup $g -Wait
$g = $copy | Remove-ScpBmVolumeGroupMember -VolumeGroup $g -Wait
$null = $g | New-ScpBmVolumeGroupSnapshot
$gs = $g | Get-ScpBmVolumeGroupSnapshot | Select-Object -First 1
$g = $gs | Restore-ScpSnapshot -Force -Wait
$null = $gs | New-ScpBmVolumeGroup -VolumeNamePrefix rec- -Wait
$null = $g | New-ScpBmSnapshotSchedule -Hour 3
$null = $g | Set-ScpBmSnapshotSchedule -Hour 4 -DayOfWeek MON
$null = $g | Remove-ScpBmSnapshotSchedule -Confirm:$false

# Replication of a group
$grep = $g | New-ScpBmReplication -Name cov-gdr -TargetRegion kr-east1 -Cycle 5MIN -VolumeNamePrefix dr- -Wait
$grep = $grep | Set-ScpBmReplication -Cycle HOURLY -Policy BREAK
$grep | Remove-ScpBmReplication -Force -Wait
$gs | Remove-ScpBmVolumeGroupSnapshot -Force

# Delete a volume (SCP has no operation that deletes a group)
$copy | Remove-ScpBmVolume -Force -Wait
