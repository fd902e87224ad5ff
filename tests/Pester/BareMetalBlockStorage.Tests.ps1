<#
    Block Storage for bare metal journeys against the bundled emulator: volumes, multi-attach,
    groups from piped volumes, snapshots with in-place restore and recovery, schedules, rates,
    replications, -WhatIf, -AsJob, and the API version pin refused before any request.

    Run after `dotnet build` (which leaves the module in out/ScpStorage):
        Invoke-Pester ./tests/Pester/BareMetalBlockStorage.Tests.ps1
#>

Describe 'ScpStorage bare metal block storage' {
    BeforeAll {
        $manifestPath = & "$PSScriptRoot/ModuleUnderTest.ps1"
        Import-Module $manifestPath -Force -ErrorAction Stop
        $emu = Start-ScpEmulator -TransitionDelayMilliseconds 300 -ErrorAction Stop
        # The emulator's fixed bare metal servers (src/ScpStorage.Emulator/Services/BareMetalBlockStorage/Bm.cs).
        $bm1 = '83c3c73d457345e3829ee6d5557c0011'
        $bm2 = '83c3c73d457345e3829ee6d5557c0012'
        . "$PSScriptRoot/EmulatorRequestLog.ps1"
    }

    AfterAll {
        Stop-ScpEmulator -ErrorAction SilentlyContinue
    }

    Context 'Volumes' {
        It 'creates a volume and -Wait returns it AVAILABLE' {
            $v = New-ScpBmVolume -Name pbm-a -SizeGB 10 -DiskType SSD -Wait
            $v.PSObject.TypeNames[0] | Should -Be 'ScpStorage.Core.BareMetalBlockStorage.ScpBmVolume'
            $v.State | Should -Be 'AVAILABLE'
            $v.SizeGB | Should -Be 10
            $v.IsDetailed | Should -BeTrue
        }

        It 'attaches to two servers in one request and detaches from all' {
            $before = @(Get-EmulatorRequest | Where-Object { $_.method -eq 'POST' -and $_.path -like '*/attachments' }).Count
            $v = Get-ScpBmVolume -Name pbm-a | Mount-ScpBmVolume -ServerId $bm1, $bm2 -Wait
            $v.State | Should -Be 'IN_USE'
            $v.ServerIds | Should -HaveCount 2
            @(Get-EmulatorRequest | Where-Object { $_.method -eq 'POST' -and $_.path -like '*/attachments' }).Count | Should -Be ($before + 1)
            (Get-ScpBmVolume -Name pbm-a | Dismount-ScpBmVolume -Wait).State | Should -Be 'AVAILABLE'
        }

        It 'changes QoS and refuses it under a 1.1 pin before any request' {
            (Get-ScpBmVolume -Name pbm-a | Set-ScpBmVolume -Iops 9000 -Wait).Qos.Iops | Should -Be 9000
            $v = Get-ScpBmVolume -Name pbm-a
            $null = Set-ScpApiVersion baremetal-blockstorage 1.1 -WarningAction SilentlyContinue
            try {
                $before = @(Get-EmulatorRequest).Count
                { $v | Set-ScpBmVolume -Iops 8000 -ErrorAction Stop } | Should -Throw '*needs baremetal-blockstorage API 1.2*'
                @(Get-EmulatorRequest).Count | Should -Be $before
            }
            finally { $null = Set-ScpApiVersion baremetal-blockstorage -Current }
        }

        It '-WhatIf sends nothing' {
            $before = Get-MutationCount
            Remove-ScpBmVolume -Name pbm-a -WhatIf
            Get-MutationCount | Should -Be $before
        }
    }

    Context 'Snapshots, groups, schedules and replications' {
        It 'restores a snapshot in place and recovers it into a new volume' {
            $v = Get-ScpBmVolume -Name pbm-a
            $snap = $v | New-ScpBmSnapshot
            $snap.VolumeId | Should -Be $v.Id
            ($snap | Restore-ScpSnapshot -Force -Wait).State | Should -Be 'AVAILABLE'
            $copy = Get-ScpBmSnapshot -VolumeId $v.Id | Select-Object -First 1 | New-ScpBmVolume -Name pbm-copy -Wait
            $copy.Purpose | Should -Be 'RECOVERY'
        }

        It 'groups piped volumes in one request and restores a group snapshot' {
            $g = Get-ScpBmVolume -Name pbm-a, pbm-copy | New-ScpBmVolumeGroup -Name pbm-vg -Wait
            $g.VolumeIds | Should -HaveCount 2
            $gs = $g | New-ScpBmVolumeGroupSnapshot
            ($gs | Restore-ScpSnapshot -Force -Wait).PSObject.TypeNames[0] | Should -Be 'ScpStorage.Core.BareMetalBlockStorage.ScpBmVolumeGroup'
        }

        It 'takes the volume or the group path from the piped type' {
            (Get-ScpBmVolume -Name pbm-a | New-ScpBmSnapshotSchedule -Hour 18).VolumeId | Should -Not -BeNullOrEmpty
            (Get-ScpBmVolumeGroup -Name pbm-vg | New-ScpBmSnapshotSchedule -Hour 2 -DayOfWeek SUN).VolumeGroupId | Should -Not -BeNullOrEmpty
            $rep = Get-ScpBmVolumeGroup -Name pbm-vg | New-ScpBmReplication -Name dr -TargetRegion kr-east1 -Cycle HOURLY -VolumeNamePrefix dr- -Wait
            $rep.SyncState | Should -Be 'SNAPMIRROED'
            ($rep | Set-ScpBmReplication -Cycle DAILY).SyncCycle | Should -Be 'DAILY'
            $rep | Remove-ScpBmReplication -Force -Wait
            { Get-ScpBmVolumeGroup -Name pbm-vg | Get-ScpBmReplication -ErrorAction Stop } | Should -Throw
        }

        It 'snapshots every piped volume with -AsJob' {
            $out = Get-ScpBmVolume -Name pbm-* | New-ScpBmSnapshot -AsJob | Wait-Job | Receive-Job
            @($out).Count | Should -Be 2
        }
    }
}
