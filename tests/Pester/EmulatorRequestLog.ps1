<#
    The emulator's request log (GET <BaseUrl>/_emulator/requests): every API request it received,
    as {method, path, query, service, status, timestamp, signature_valid, api_version, ...}.
    Admin calls (/_emulator/...) are not logged themselves.

    Dot-source it in a BeforeAll after Start-ScpEmulator; the functions read $emu.BaseUrl from
    the caller's scope unless -BaseUrl is given.
#>

function Get-EmulatorRequest {
    param([string] $BaseUrl = $emu.BaseUrl)
    # Invoke-RestMethod in PowerShell 7 writes a JSON array as ONE object (an object[]), so
    # @(Invoke-RestMethod ...) has one element whatever the log holds. Assigning it first and
    # writing the variable sends each request down the pipeline on its own.
    $log = Invoke-RestMethod -Uri "$BaseUrl/_emulator/requests" -Method Get
    $log
}

# Requests that change something (anything but GET): the witness for "-WhatIf sends nothing".
function Get-MutationCount {
    param([string] $BaseUrl = $emu.BaseUrl)
    @(Get-EmulatorRequest -BaseUrl $BaseUrl | Where-Object { $_.method -ne 'GET' }).Count
}
