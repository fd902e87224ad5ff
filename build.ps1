<#
.SYNOPSIS
    Build, test, document, package or demo ScpStorage. A thin wrapper over dotnet.
.DESCRIPTION
    Tasks:
      Build    dotnet build: lays out the importable module in out/ScpStorage (manifest, dlls,
               format/type data, help compiled from docs/, and the emulator in emulator/).
      Test     dotnet test ScpStorage.sln, then the Pester tests in tests/Pester when Pester 5 is installed.
      Docs     Rebuilds the MAML help from docs/*.md: with PlatyPS's New-ExternalHelp when that
               module is installed, otherwise with the project's own help compiler.
      Package  Build in Release and zip out/ScpStorage to out/ScpStorage-<version>.zip.
      Demo     Build, then run examples/quickstart.ps1 against the bundled emulator.
    Needs only the .NET SDK (10 or later) and pwsh; no other module is required.
.EXAMPLE
    ./build.ps1 -Task Demo
.EXAMPLE
    ./build.ps1 -Task Test -Configuration Release
#>
[CmdletBinding()]
param(
    [ValidateSet('Build', 'Test', 'Docs', 'Package', 'Demo')]
    [string] $Task = 'Build',
    [ValidateSet('Debug', 'Release')]
    [string] $Configuration = 'Debug'
)
$ErrorActionPreference = 'Stop'
Set-StrictMode -Version Latest
$root = $PSScriptRoot
$moduleDir = Join-Path $root 'out/ScpStorage'

# A simple function (no param block) so switches such as -c reach dotnet untouched through $args.
function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    Invoke-Dotnet build (Join-Path $root 'ScpStorage.sln') -c $Configuration
    Write-Host "Module ready: $moduleDir"
}

function Invoke-Docs {
    $helpDir = Join-Path $moduleDir 'en-US'
    if (Get-Module -ListAvailable -Name platyPS) {
        Import-Module platyPS
        New-ExternalHelp -Path (Join-Path $root 'docs') -OutputPath $helpDir -Force | Out-Null
        Write-Host "Help built with PlatyPS in $helpDir"
    }
    else {
        Invoke-Dotnet build (Join-Path $root 'src/ScpStorage.HelpBuilder') -c $Configuration
        Invoke-Dotnet (Join-Path $root "src/ScpStorage.HelpBuilder/bin/$Configuration/net10.0/ScpStorage.HelpBuilder.dll") (Join-Path $root 'docs') $helpDir
        Write-Host "Help built with ScpStorage.HelpBuilder in $helpDir"
    }
}

function Invoke-Test {
    Invoke-Dotnet test (Join-Path $root 'ScpStorage.sln') -c $Configuration
    $pester = Get-Module -ListAvailable -Name Pester | Where-Object Version -ge '5.0' | Select-Object -First 1
    if ($pester) {
        Import-Module $pester
        $result = Invoke-Pester -Path (Join-Path $root 'tests/Pester') -PassThru -Output Detailed
        if ($result.FailedCount -gt 0) { throw "$($result.FailedCount) Pester test(s) failed." }
    }
    else {
        Write-Warning 'Pester 5 is not installed: skipped tests/Pester (Install-Module Pester -MinimumVersion 5.0).'
    }
}

function Invoke-Package {
    $script:Configuration = 'Release'
    Invoke-Build
    $version = (Import-PowerShellDataFile (Join-Path $moduleDir 'ScpStorage.psd1')).ModuleVersion
    $zip = Join-Path $root "out/ScpStorage-$version.zip"
    Compress-Archive -Path $moduleDir -DestinationPath $zip -Force
    Write-Host "Package: $zip"
}

function Invoke-Demo {
    Invoke-Build
    & (Join-Path $root 'examples/quickstart.ps1') -ModulePath (Join-Path $moduleDir 'ScpStorage.psd1')
}

switch ($Task) {
    'Build'   { Invoke-Build }
    'Test'    { Invoke-Test }
    'Docs'    { Invoke-Docs }
    'Package' { Invoke-Package }
    'Demo'    { Invoke-Demo }
}
