<#
.SYNOPSIS
    Build, test, document, package or demo ScpStorage. A thin wrapper over dotnet.
.DESCRIPTION
    Tasks:
      Build    dotnet build ScpStorage.sln: lays out the importable module (manifest, dlls,
               format/type data, help compiled from docs/, and the emulator in emulator/).
      Test     dotnet test ScpStorage.sln, then the Pester tests in tests/Pester with Pester 5.9.1
               from NuGet (tests/Pester/Invoke-PesterSuite.ps1). Both always run; the task fails
               when either has a failure.
      Docs     Rebuilds the MAML help from docs/*.md: with PlatyPS's New-ExternalHelp when that
               module is installed, otherwise with the project's own help compiler.
      Package  Builds in Release into a clean out/Release/ScpStorage and zips it to
               out/ScpStorage-<version>.zip.
      Demo     Builds only the module (not the test projects), then runs examples/quickstart.ps1
               against the bundled emulator.

    The module folder depends on the configuration, so the two never overwrite each other:
    Debug (the default) lays it out in out/ScpStorage, Release in out/Release/ScpStorage.

    Needs only the .NET SDK 10: `dotnet tool restore` gives `dotnet pwsh` (PowerShell 7.6.9,
    pinned in .config/dotnet-tools.json). Any pwsh 7 works too.
.EXAMPLE
    dotnet tool restore; dotnet pwsh -NoProfile -File ./build.ps1 -Task Demo
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
# Plain text in logs (CI): no colour escapes in error messages when output is redirected.
if ($PSStyle -and [Console]::IsOutputRedirected) { $PSStyle.OutputRendering = 'PlainText' }

# The rule of Directory.Build.props (ModuleOutDir).
function Get-ModuleDir {
    if ($Configuration -eq 'Release') { Join-Path $root 'out/Release/ScpStorage' } else { Join-Path $root 'out/ScpStorage' }
}

# A simple function (no param block) so switches such as -c reach dotnet untouched through $args.
function Invoke-Dotnet {
    & dotnet @args
    if ($LASTEXITCODE -ne 0) { throw "dotnet $($args -join ' ') failed with exit code $LASTEXITCODE." }
}

function Invoke-Build {
    Invoke-Dotnet build (Join-Path $root 'ScpStorage.sln') -c $Configuration
    Write-Host "Module ready: $(Get-ModuleDir)"
}

function Invoke-Docs {
    $helpDir = Join-Path (Get-ModuleDir) 'en-US'
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
    # Both suites run whatever the first one gave, so one run reports every failure.
    & dotnet test (Join-Path $root 'ScpStorage.sln') -c $Configuration
    $dotnetStatus = $LASTEXITCODE
    & (Join-Path $root 'tests/Pester/Invoke-PesterSuite.ps1') -ModulePath (Join-Path (Get-ModuleDir) 'ScpStorage.psd1')
    $pesterStatus = $LASTEXITCODE
    if ($dotnetStatus -ne 0) { throw "dotnet test failed with exit code $dotnetStatus." }
    if ($pesterStatus -ne 0) { throw 'The Pester suite failed.' }
}

function Invoke-Package {
    $script:Configuration = 'Release'
    $moduleDir = Get-ModuleDir
    # A clean folder: files of an older layout must not ride along into the zip.
    if (Test-Path -LiteralPath $moduleDir) { Remove-Item -LiteralPath $moduleDir -Recurse -Force }
    Invoke-Dotnet build (Join-Path $root 'src/ScpStorage') -c Release
    $version = (Import-PowerShellDataFile (Join-Path $moduleDir 'ScpStorage.psd1')).ModuleVersion
    $zip = Join-Path $root "out/ScpStorage-$version.zip"
    Compress-Archive -Path $moduleDir -DestinationPath $zip -Force
    Test-Package $zip
    Write-Host "Package: $zip ($([math]::Round((Get-Item $zip).Length / 1MB, 1)) MB)"
}

# The package carries no debug symbols and SQLite's native library only for the platforms
# PowerShell 7 runs on (the layout rule of src/ScpStorage/ModuleLayout.targets).
function Test-Package([string] $Zip) {
    Add-Type -AssemblyName System.IO.Compression.FileSystem
    $archive = [System.IO.Compression.ZipFile]::OpenRead($Zip)
    try { $names = @($archive.Entries.FullName -replace '\\', '/') }
    finally { $archive.Dispose() }
    $pdbs = @($names | Where-Object { $_ -like '*.pdb' })
    if ($pdbs) { throw "The package carries debug symbols: $($pdbs -join ', ')" }
    $platforms = 'win-x64', 'win-x86', 'win-arm64', 'linux-x64', 'linux-arm64', 'linux-musl-x64', 'osx-x64', 'osx-arm64'
    $natives = @($names | Where-Object { $_ -match '/runtimes/([^/]+)/native/.' })
    $foreign = @($natives | Where-Object { $_ -match '/runtimes/([^/]+)/' -and $Matches[1] -notin $platforms })
    if ($foreign -or $natives.Count -ne $platforms.Count) {
        throw "The package must carry one native SQLite library for each of $($platforms -join ', '); it has: $($natives -join ', ')"
    }
}

function Invoke-Demo {
    # Only the module project (it builds the core, the emulator and the help compiler it needs).
    Invoke-Dotnet build (Join-Path $root 'src/ScpStorage') -c $Configuration
    & (Join-Path $root 'examples/quickstart.ps1') -ModulePath (Join-Path (Get-ModuleDir) 'ScpStorage.psd1')
}

switch ($Task) {
    'Build'   { Invoke-Build }
    'Test'    { Invoke-Test }
    'Docs'    { Invoke-Docs }
    'Package' { Invoke-Package }
    'Demo'    { Invoke-Demo }
}
