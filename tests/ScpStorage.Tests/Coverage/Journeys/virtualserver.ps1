# An administrator's session over every Virtual Server block storage operation, through the
# module's cmdlets only. OperationCoverageTests runs it against the emulator and checks that
# each row of operations.tsv for virtualserver was reached.
$ErrorActionPreference = 'Stop'

# Volume types and quota
$types = Get-ScpVolumeType
$null = Get-ScpVolumeType -Default
$null = Get-ScpVolumeType -Id $types[0].Id
$null = Get-ScpVolumeQuota

# Volumes: create, read, rename, grow
$volume = New-ScpVolume -Name cov-data -SizeGB 8 -VolumeType $types[0].Name -Wait
$null = Get-ScpVolume -Name cov-*
$volume = Get-ScpVolume -Id $volume.Id
$volume = Set-ScpVolume -InputObject $volume -NewName cov-data2 -PassThru
$volume = $volume | Resize-ScpVolume -SizeGB 16 -Wait

# Snapshots: create, read, rename, revert the volume to it, delete
$snapshot = $volume | New-ScpVolumeSnapshot -Name cov-snap -Wait
$null = Get-ScpVolumeSnapshot -Name cov-*
$snapshot = Get-ScpVolumeSnapshot -Id $snapshot.Id
$null = $snapshot | Set-ScpVolumeSnapshot -NewName cov-snap2 -PassThru
$volume = $snapshot | Restore-ScpSnapshot -Force -Wait
$snapshot | Remove-ScpVolumeSnapshot -Force -Wait

# Attach from the volume side, then detach
$server = Get-ScpServer -Name web01
$null = Get-ScpServer -Id $server.Id
$volume = $volume | Mount-ScpVolume -ServerId $server.Id -Wait
$volume = $volume | Dismount-ScpVolume -Force -Wait

# Attach from the server side, read, change, detach
$null = $volume | Add-ScpServerVolume -Server $server -Wait
$attachments = $server | Get-ScpServerVolume
$attachment = Get-ScpServerVolume -ServerId $server.Id -VolumeId $volume.Id
$null = $attachment | Set-ScpServerVolume -DeleteOnTermination $true -PassThru
$attachment | Remove-ScpServerVolume -Force -Wait

# Transfers: offer and cancel, then offer and accept
$offer = $volume | New-ScpVolumeTransfer -Name cov-offer
$null = Get-ScpVolumeTransfer
$null = Get-ScpVolumeTransfer -Id $offer.Id
$offer | Remove-ScpVolumeTransfer -Force
$offer = $volume | New-ScpVolumeTransfer -Name cov-offer2
$null = $offer | Receive-ScpVolumeTransfer -AuthKey $offer.AuthKey

# Clean up
$volume | Remove-ScpVolume -Force -Wait
'journey complete'
