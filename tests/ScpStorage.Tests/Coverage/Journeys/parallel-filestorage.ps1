# An administrator's session over every Parallel File Storage operation, through the module's
# cmdlets only. OperationCoverageTests runs it against the emulator and checks that each row of
# operations.tsv for parallel-filestorage was reached.
$ErrorActionPreference = 'Stop'
$node = '6f1e2d3c-0000-4000-8000-0000000a0001'   # a GPU node the emulator knows

# Volumes: create, list, read, grow
$volume = New-ScpPfsVolume -Name cov_scratch -CapacityTB 10 -Wait
$null = Get-ScpPfsVolume -Name cov_*
$volume = Get-ScpPfsVolume -Id $volume.Id
$volume = $volume | Resize-ScpPfsVolume -CapacityTB 20 -Wait

# Snapshots: take, list, restore the volume to it, delete
$snapshot = $volume | New-ScpPfsSnapshot -Wait
$snapshot = $volume | Get-ScpPfsSnapshot | Select-Object -First 1
$volume = $snapshot | Restore-ScpSnapshot -Force -Wait
$snapshot | Remove-ScpPfsSnapshot -Force -Wait

# GPU node access: add, list, remove
$null = $volume | Add-ScpPfsAccessRule -ObjectId $node -Wait
$volume | Get-ScpPfsAccessRule | Remove-ScpPfsAccessRule -Force -Wait

# Clean up
$volume | Remove-ScpPfsVolume -Force -Wait
'journey complete'
