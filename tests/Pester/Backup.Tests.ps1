<#
    Backup journeys against the bundled emulator: protect a server, take a backup now, restore
    the newest recovery point (VM_IMAGE to a new server, FILESYSTEM through an agent), partial
    success and failure, schedule validation before any request, -WhatIf, -AsJob and the Test-
    cmdlets. The same journeys as tests/ScpStorage.Tests/Backup/BackupJourneyTests.cs.

    Run after `dotnet build` (which leaves the module in out/ScpStorage):
        Invoke-Pester ./tests/Pester/Backup.Tests.ps1
#>

Describe 'ScpStorage backups' {
    BeforeAll {
        Import-Module (& "$PSScriptRoot/ModuleUnderTest.ps1") -Force -ErrorAction Stop
        $emu = Start-ScpEmulator -TransitionDelayMilliseconds 300 -ErrorAction Stop
        . "$PSScriptRoot/EmulatorRequestLog.ps1"
        $nightly = @{ Frequency = 'DAILY'; Type = 'FULL'; StartTime = '02:00:00' }
        # The emulator's own switch for how jobs end (SUCCESS by default).
        function Set-JobOutcome([string] $Outcome) {
            $null = Invoke-RestMethod -Uri "$($emu.BaseUrl)/_emulator/backup/options" -Method Put -ContentType 'application/json' -Body (@{ job_outcome = $Outcome } | ConvertTo-Json)
        }
    }

    AfterAll {
        Stop-ScpEmulator -ErrorAction SilentlyContinue
    }

    It 'protects a server, backs it up now and restores the newest point to a new server' {
        $backup = Get-ScpServer -Name db01 | New-ScpBackup -Name pester-db01 -Schedule $nightly -RetentionPeriod MONTH_1 -Wait
        $backup.PSObject.TypeNames[0] | Should -Be 'ScpStorage.Core.Backup.ScpBackup'
        $backup.State | Should -Be 'AVAILABLE'
        $backup.ServerName | Should -Be 'db01'

        $job = Get-ScpBackup -Name pester-db01 | Start-ScpBackupJob -Wait
        $job.State | Should -Be 'SUCCESS'
        $job.BackupId | Should -Be $backup.Id

        $restore = Get-ScpBackup -Name pester-db01 | Get-ScpBackupRecoveryPoint | Select-Object -First 1 |
            Restore-ScpBackup -ServerName pester-restored -ServerTypeId s1v4m8 -Force -Wait
        $restore.State | Should -Be 'COMPLETED'
        $restore.RestoreServerName | Should -Be 'pester-restored'
        Test-ScpBackupRestoreServerName pester-restored | Should -BeTrue
    }

    It 'restores a FILESYSTEM backup onto its server through the agent' {
        $agent = Get-ScpBackupAgentTarget VIRTUAL_SERVER -ServerName web02 | New-ScpBackupAgent -Wait
        $agent = $agent | Test-ScpBackupAgentConnection -Wait
        $agent.ConnectionState | Should -Be 'SUCCESS'
        $fs = $agent | New-ScpBackup -Name pester-fs -FilesystemPath /data -Schedule $nightly -Wait
        $fs.PolicyType | Should -Be 'FILESYSTEM'
        Test-ScpBackupFilesystemPath -ServerId $fs.ServerUuid /data | Should -BeTrue
        $point = $fs | Start-ScpBackupJob -Wait | Get-ScpBackupRecoveryPoint -Latest
        @($point | Get-ScpBackupFilesystemItem).Name | Should -Contain 'data/'
        $restore = $point | Restore-ScpBackup -TargetServerId $fs.ServerUuid -PathMap @{ '/data' = '/restore/data' } -Force -Wait
        $restore.State | Should -Be 'COMPLETED'
        $fs | Remove-ScpBackup -Force -Wait
        $agent | Remove-ScpBackupAgent -Force -Wait
        Get-ScpBackupAgent -Id $agent.Id -ErrorAction SilentlyContinue | Should -BeNullOrEmpty
    }

    It 'warns on a partial success and reports a failed job as an error' {
        $null = New-ScpBackup -ServerId (Get-ScpServer -Name web01).Id -Name pester-outcome -Schedule $nightly
        try {
            Set-JobOutcome PARTIAL_SUCCESS
            $job = Start-ScpBackupJob -Name pester-outcome -Wait -WarningVariable warned -WarningAction SilentlyContinue
            $job.State | Should -Be 'PARTIAL_SUCCESS'
            "$warned" | Should -Match 'PARTIAL_SUCCESS'

            Set-JobOutcome FAILED
            $failed = Start-ScpBackupJob -Name pester-outcome -Wait -ErrorVariable err -ErrorAction SilentlyContinue
            $failed | Should -BeNullOrEmpty
            $err[0].FullyQualifiedErrorId | Should -BeLike 'ScpResourceFailed*'
        }
        finally { Set-JobOutcome SUCCESS }
    }

    It 'refuses a bad schedule before any request, with a valid example' {
        $before = @(Get-EmulatorRequest | Where-Object { $_.service -eq 'backup' }).Count
        { Get-ScpServer -Name web01 | New-ScpBackup -Name pester-bad -Schedule @{ Frequency = 'HOURLY'; Type = 'FULL'; StartTime = '02:00:00' } -ErrorAction Stop } |
            Should -Throw -ExpectedMessage "*Frequency 'HOURLY'*StartTime='02:00:00'*"
        @(Get-EmulatorRequest | Where-Object { $_.service -eq 'backup' }).Count | Should -Be $before
    }

    It 'sends nothing with -WhatIf and the change without it' {
        $null = New-ScpBackup -ServerId (Get-ScpServer -Name web01).Id -Name pester-whatif -Schedule $nightly
        $before = Get-MutationCount
        Get-ScpBackup -Name pester-whatif | Start-ScpBackupJob -WhatIf
        Get-ScpBackup -Name pester-whatif | Remove-ScpBackup -WhatIf
        Get-MutationCount | Should -Be $before
        $null = Get-ScpBackup -Name pester-whatif | Start-ScpBackupJob
        Get-MutationCount | Should -Be ($before + 1)
    }

    It 'runs a job per backup with -AsJob' {
        $null = 'pester-job-a', 'pester-job-b' | ForEach-Object { New-ScpBackup -ServerId (Get-ScpServer -Name web01).Id -Name $_ -Schedule $nightly }
        $j = Get-ScpBackup -Name pester-job-* | Start-ScpBackupJob -Wait -AsJob
        $done = $j | Wait-Job -Timeout 60 | Receive-Job
        $j.ChildJobs.Count | Should -Be 2
        $done.State | Should -Be @('SUCCESS', 'SUCCESS')
    }

    It 'answers the Test- cmdlets with a plain bool' {
        Test-ScpBackupName pester-db01 | Should -BeOfType [bool]
        Test-ScpBackupName pester-db01 | Should -BeTrue
        Test-ScpBackupName no-such-backup | Should -BeFalse
    }
}
