<#
.SYNOPSIS
    A first session with ScpStorage against the bundled SCP emulator: no cloud account needed.
.DESCRIPTION
    Imports the module, starts the local emulator (which also points this session at it with
    the demo keys), creates a volume, waits for it, lists what is there and cleans up.
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
    # Any SCP operation can be called signed through Invoke-ScpRestMethod.
    $volume = Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'quickstart01'; size = 16; volume_type = 'SSD' }
    "Created volume $($volume.name) ($($volume.id)), state $($volume.state)"

    Invoke-ScpRestMethod virtualserver /v1/volumes -Query @{ name = 'quickstart01' } |
        ForEach-Object { $_.volumes } |
        ForEach-Object { "Listed: $($_.name) $($_.size) GB $($_.state)" }

    Invoke-ScpRestMethod virtualserver /v1/volume-types |
        ForEach-Object { $_.volume_types } |
        ForEach-Object { "Volume type: $($_.name)" }
}
finally {
    Stop-ScpEmulator
}
