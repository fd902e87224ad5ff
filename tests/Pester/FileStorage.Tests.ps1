<#
    File Storage journeys against the bundled emulator, in real pwsh:
    the pipelines of the service maps, Restore-ScpSnapshot with File snapshots, Virtual
    Server servers as access rules, -WhatIf sending nothing, validation before any request, the
    CIFS password kept secret, -AsJob. The same journeys as tests/ScpStorage.Tests/FileStorage.

    Run after `dotnet build` (which leaves the module in out/ScpStorage):
        Invoke-Pester ./tests/Pester/FileStorage.Tests.ps1
#>

Describe 'ScpStorage File Storage' {
    BeforeAll {
        Import-Module (& "$PSScriptRoot/ModuleUnderTest.ps1") -Force -ErrorAction Stop
        $emu = Start-ScpEmulator -TransitionDelayMilliseconds 200 -ErrorAction Stop
        . "$PSScriptRoot/EmulatorRequestLog.ps1"
    }
    AfterAll {
        Stop-ScpEmulator -ErrorAction SilentlyContinue
    }

    Context 'File Storage' {
        It 'creates, snapshots, restores, copies and deletes through the pipeline' {
            $v = New-ScpFileVolume -Name pe_share -Protocol NFS -TypeName SSD -Wait
            $v.State | Should -Be 'available'
            $s = $v | New-ScpFileSnapshot -Wait
            $s.VolumeId | Should -Be $v.Id
            $restored = Get-ScpFileVolume pe_share | Get-ScpFileSnapshot | Select-Object -First 1 | Restore-ScpSnapshot -Force -Wait
            $restored | Should -BeOfType ScpStorage.Core.FileStorage.ScpFileVolume
            $copy = $s | New-ScpFileVolume -Name pe_share_copy -Wait
            $copy.Protocol | Should -Be 'NFS'
            Get-ScpFileVolume pe_share | Get-ScpFileSnapshot | Remove-ScpFileSnapshot -Force -Wait
            @(Get-ScpFileVolume pe_share | Get-ScpFileSnapshot).Count | Should -Be 0
            Get-ScpFileVolume pe_share* | Remove-ScpFileVolume -Force -Wait
            @(Get-ScpFileVolume -Name pe_share*).Count | Should -Be 0
        }

        It 'lets piped Virtual Server servers mount a volume and removes the rules' {
            $v = New-ScpFileVolume -Name pe_access -Protocol NFS -TypeName HDD -Wait
            $rule = Get-ScpServer -Name web01 | Add-ScpFileAccessRule -Volume $v -Wait
            $rule.ObjectType | Should -Be 'VM'
            $rule.State | Should -Be 'active'
            $v | Get-ScpFileAccessRule | Remove-ScpFileAccessRule -Force -Wait
            @($v | Get-ScpFileAccessRule).Count | Should -Be 0
        }

        It 'manages schedules and replications' {
            $v = New-ScpFileVolume -Name pe_sched -Protocol NFS -TypeName SSD -Wait
            $e = $v | New-ScpFileSnapshotSchedule -Frequency Weekly -DayOfWeek MON -Hour 23 -RetentionCount 10
            $e.Id | Should -Not -BeNullOrEmpty
            ($e | Set-ScpFileSnapshotSchedule -Hour 2 -PassThru).Hour | Should -Be 2
            { $v | New-ScpFileSnapshotSchedule -Frequency Weekly -Hour 1 -ErrorAction Stop } | Should -Throw '*-DayOfWeek*'
            $r = $v | New-ScpFileReplication -Name pe_sched_dr -TargetRegion ($v | Get-ScpFileReplicationRegion) -Frequency hourly -Wait
            $r.Status | Should -Be 'active'
            ($r | Set-ScpFileReplication -Policy Paused -PassThru).Policy | Should -Be 'paused'
            $r | Remove-ScpFileReplication -Force -Wait
            @($v | Get-ScpFileReplication).Count | Should -Be 0
        }

        It 'sends nothing with -WhatIf and keeps the CIFS password out of every stream' {
            $v = New-ScpFileVolume -Name pe_whatif -Protocol NFS -TypeName HDD -Wait
            $before = Get-MutationCount
            $v | Set-ScpFileVolume -FileUnitRecoveryEnabled $true -WhatIf
            $v | Remove-ScpFileVolume -WhatIf
            $v | New-ScpFileSnapshot -WhatIf
            Get-MutationCount | Should -Be $before
            $v | Set-ScpFileVolume -FileUnitRecoveryEnabled $true
            Get-MutationCount | Should -Be ($before + 1)

            $pw = ConvertTo-SecureString 'Pester-Cifs-Secret-7' -AsPlainText -Force
            $all = New-ScpFileVolume -Name pe_cifs -Protocol CIFS -TypeName HDD -CifsPassword $pw -Wait -Verbose -Debug *>&1 | Out-String
            $all | Should -Not -Match 'Pester-Cifs-Secret-7'
            $all | Should -Match 'cifs_password'
        }

        It 'runs each volume as a child job with -AsJob' {
            1..2 | ForEach-Object { $null = New-ScpFileVolume -Name "pe_job_$_" -Protocol NFS -TypeName HDD -Wait }
            $job = Get-ScpFileVolume -Name pe_job_* | New-ScpFileSnapshot -Wait -AsJob
            $job.ChildJobs.Count | Should -Be 2
            @($job | Wait-Job | Receive-Job).Count | Should -Be 2
        }
    }
}
