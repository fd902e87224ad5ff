<#
.SYNOPSIS
    Runs tests/Pester with Pester 5.9.1 from NuGet against the built module in out/ScpStorage.
.DESCRIPTION
    Needs only the .NET SDK: Pester comes as a NuGet package (PesterModule.csproj downloads it
    into the NuGet global-packages folder; nothing from the PowerShell Gallery), and the tests
    start the emulator that the build lays out in out/ScpStorage/emulator.
    Build the module first (`dotnet build src/ScpStorage`, or ./build.ps1).

    Prints one line "Pester result - passed: N, failed: N" after Pester's own output, and exits 1 when
    any test failed (or none ran), 0 otherwise.
.EXAMPLE
    dotnet tool restore; dotnet build src/ScpStorage; dotnet pwsh -NoProfile -File tests/Pester/Invoke-PesterSuite.ps1
.EXAMPLE
    ./tests/Pester/Invoke-PesterSuite.ps1 -Path ./tests/Pester/Volumes.Tests.ps1 -Output Normal
#>
[CmdletBinding()]
param(
    # Test files or folders to run; all of tests/Pester by default.
    [string[]] $Path = @($PSScriptRoot),
    # The module manifest to test; the Debug build in out/ScpStorage by default.
    [string] $ModulePath = (Join-Path $PSScriptRoot '../../out/ScpStorage/ScpStorage.psd1'),
    # Pester's output verbosity.
    [ValidateSet('None', 'Normal', 'Detailed', 'Diagnostic')]
    [string] $Output = 'Detailed'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest

$pesterVersion = '5.9.1'
if (-not (Test-Path -LiteralPath $ModulePath)) {
    throw "The module is not built: $ModulePath is missing. Run 'dotnet build src/ScpStorage' (or ./build.ps1) first."
}

# Restore puts Pester into the NuGet global-packages folder, wherever NUGET_PACKAGES or
# NuGet.Config place it; 'dotnet nuget locals' tells where that is.
& dotnet restore (Join-Path $PSScriptRoot 'PesterModule.csproj') --verbosity quiet
if ($LASTEXITCODE -ne 0) { throw "Restoring Pester $pesterVersion from NuGet failed (exit code $LASTEXITCODE)." }
$locals = & dotnet nuget locals global-packages --list
$packages = ($locals | Select-String -Pattern '^global-packages:\s*(.+)$').Matches[0].Groups[1].Value.Trim()
$pesterManifest = Join-Path $packages "pester/$pesterVersion/tools/Pester.psd1"
if (-not (Test-Path -LiteralPath $pesterManifest)) { throw "Pester $pesterVersion was restored but $pesterManifest is missing." }

# Only this Pester: a Pester 3/4 that another module path offers must not answer the calls.
Get-Module Pester | Remove-Module -Force
Import-Module $pesterManifest -Force -ErrorAction Stop

$configuration = New-PesterConfiguration
$configuration.Run.Path = $Path
$configuration.Run.PassThru = $true
$configuration.Output.Verbosity = $Output
# Plain text in logs (CI, redirected output); colours at an interactive console.
if ([Console]::IsOutputRedirected) { $configuration.Output.RenderMode = 'Plaintext' }
# The test files import this manifest (tests/Pester/ModuleUnderTest.ps1).
$savedManifest = $env:SCPSTORAGE_TEST_MANIFEST
$env:SCPSTORAGE_TEST_MANIFEST = (Resolve-Path -LiteralPath $ModulePath).Path
try { $result = Invoke-Pester -Configuration $configuration }
finally { $env:SCPSTORAGE_TEST_MANIFEST = $savedManifest }

# A block whose BeforeAll failed counts its tests as failed; containers that failed to load count too.
$failed = $result.FailedCount + $result.FailedBlocksCount + $result.FailedContainersCount
# .ci/run reads this line; its shape differs from the overall "N passed, N failed" summary on purpose.
Write-Host "Pester result - passed: $($result.PassedCount), failed: $failed"
if ($failed -gt 0 -or $result.PassedCount -eq 0) { exit 1 }
exit 0
