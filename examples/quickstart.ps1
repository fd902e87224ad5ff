<#
.SYNOPSIS
    A first session with ScpStorage against the bundled SCP emulator: no cloud account needed.
.DESCRIPTION
    Imports the module, starts the local emulator (which also points this session at it with
    the demo keys), creates a volume, snapshots and restores it, grows it, lists what is there and cleans up.
    Run it after `dotnet build`:  pwsh ./examples/quickstart.ps1
#>
param(
    # The module manifest; by default the one `dotnet build` lays out in out/ScpStorage.
    [string] $ModulePath = (Join-Path $PSScriptRoot '../out/ScpStorage/ScpStorage.psd1')
)
$ErrorActionPreference = 'Stop'

Import-Module $ModulePath

# Start the emulator on a free loopback port; this session now talks to it.
$emulator = Start-ScpEmulator -TransitionDelayMilliseconds 500
"Emulator listening on $($emulator.BaseUrl)"
Get-ScpContext

try {
    # Create a volume and wait until it is available.
    $volume = New-ScpVolume -Name quickstart01 -SizeGB 16 -VolumeType SSD -Wait
    "Created volume $($volume.Name) ($($volume.Id)): $($volume.Size) GB, $($volume.State)"

    # Snapshot it, then roll it back to that snapshot.
    $snapshot = $volume | New-ScpVolumeSnapshot -Name pre-change -Wait
    "Snapshot $($snapshot.Name) is $($snapshot.State)"
    $volume = $snapshot | Restore-ScpSnapshot -Force -Wait
    "Volume reverted, now $($volume.State)"

    # Grow it, then list what is there.
    $volume = $volume | Resize-ScpVolume -SizeGB 32 -Wait
    Get-ScpVolume -Name quickstart* | ForEach-Object { "Listed: $($_.Name) $($_.Size) GB $($_.State)" }

    # Anything the cmdlets do not wrap yet is one signed call away.
    Invoke-ScpRestMethod virtualserver /v1/volume-types | ForEach-Object { $_.volume_types } | ForEach-Object { "Volume type: $($_.name)" }

    # Clean up: the volume and its snapshots.
    $volume | Remove-ScpVolume -Cascade -Force -Wait
    'Removed quickstart01 and its snapshots.'
}
finally {
    Stop-ScpEmulator
}
