<#
    Parallel File Storage journeys against the bundled emulator, in real pwsh: grow, snapshot,
    restore (Restore-ScpSnapshot), GPU-node access, clean up; shrinking asks first and -WhatIf
    sends nothing. The same journeys as tests/ScpStorage.Tests/ParallelFileStorage.

    Run after `dotnet build` (which leaves the module in out/ScpStorage):
        Invoke-Pester ./tests/Pester/ParallelFileStorage.Tests.ps1
#>

Describe 'ScpStorage Parallel File Storage' {
    BeforeAll {
        Import-Module (& "$PSScriptRoot/ModuleUnderTest.ps1") -Force -ErrorAction Stop
        $emu = Start-ScpEmulator -TransitionDelayMilliseconds 200 -ErrorAction Stop
        . "$PSScriptRoot/EmulatorRequestLog.ps1"
        $gpuNode = '6f1e2d3c-0000-4000-8000-0000000a0003'   # a fixture GPU node of the emulator
    }
    AfterAll {
        Stop-ScpEmulator -ErrorAction SilentlyContinue
    }

    Context 'Parallel File Storage' {
        It 'grows, snapshots, restores, grants a GPU node and cleans up' {
            $v = New-ScpPfsVolume -Name pe_scratch -CapacityTB 10 -Wait
            ($v | Resize-ScpPfsVolume -CapacityTB 20 -Wait).CapacityTB | Should -Be 20
            $restored = $v | New-ScpPfsSnapshot -Wait | Restore-ScpSnapshot -Force -Wait
            $restored | Should -BeOfType ScpStorage.Core.ParallelFileStorage.ScpPfsVolume
            ($v | Add-ScpPfsAccessRule -ObjectId $gpuNode -Wait).ObjectName | Should -Be 'gpu-node-03'
            $v | Get-ScpPfsAccessRule | Remove-ScpPfsAccessRule -Force -Wait
            $v | Get-ScpPfsSnapshot | Remove-ScpPfsSnapshot -Force -Wait
            $v | Remove-ScpPfsVolume -Force -Wait
            @(Get-ScpPfsVolume -Name pe_scratch*).Count | Should -Be 0
        }

        It 'asks before shrinking and sends nothing with -WhatIf' {
            $v = New-ScpPfsVolume -Name pe_shrink -CapacityTB 10 -Wait
            $before = Get-MutationCount
            $v | Resize-ScpPfsVolume -CapacityTB 5 -WhatIf
            Get-MutationCount | Should -Be $before
            ($v | Resize-ScpPfsVolume -CapacityTB 5 -Force -Wait).CapacityTB | Should -Be 5
        }
    }
}
