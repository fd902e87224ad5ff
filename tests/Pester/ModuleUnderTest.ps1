<#
    The manifest of the module the tests import: $env:SCPSTORAGE_TEST_MANIFEST when set
    (Invoke-PesterSuite.ps1 -ModulePath sets it), else the Debug build in out/ScpStorage.
        Import-Module (& "$PSScriptRoot/ModuleUnderTest.ps1") -Force -ErrorAction Stop
#>
if ($env:SCPSTORAGE_TEST_MANIFEST) { $env:SCPSTORAGE_TEST_MANIFEST }
else { Join-Path $PSScriptRoot '../../out/ScpStorage/ScpStorage.psd1' }
