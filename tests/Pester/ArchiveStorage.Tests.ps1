<#
    Archive Storage journeys against the bundled emulator: buckets and settings, an archiving
    policy from the emulator's simulated Object Storage, objects streamed page by page and piped
    into Restore- and Remove-ScpArchiveObject, versions, jobs with their default window, and the
    errors raised before any request. SCP's Archive API has no upload: objects enter through the
    emulator's admin routes (Object Storage and an archiving run), which are not SCP operations.

    Run after `dotnet build` (which leaves the module in out/ScpStorage):
        Invoke-Pester ./tests/Pester/ArchiveStorage.Tests.ps1
#>

Describe 'ScpStorage archive storage' {
    BeforeAll {
        $manifestPath = & "$PSScriptRoot/ModuleUnderTest.ps1"
        Import-Module $manifestPath -Force -ErrorAction Stop
        $emu = Start-ScpEmulator -TransitionDelayMilliseconds 300 -ErrorAction Stop
        . "$PSScriptRoot/EmulatorRequestLog.ps1"
        $admin = "$($emu.BaseUrl)/_emulator/archivestorage"

        function Invoke-ArchiveAdmin($Method, $Path, $Body) {
            Invoke-RestMethod -Method $Method -Uri "$admin$Path" -ContentType 'application/json' -Body ($Body | ConvertTo-Json -Depth 5)
        }
        function Wait-ArchivingRun($BucketId, $Count) {
            $i = 0
            do { Start-Sleep -Milliseconds 100; $i++ } until (@(Get-ScpArchivingJob -BucketId $BucketId | Where-Object EndAt).Count -ge $Count -or $i -gt 100)
        }

        $null = Invoke-ArchiveAdmin Put '/obs/pester-src/objects' @{ objects = @(
            @{ key = 'docs/a.txt'; size = 10; age_days = 30 }, @{ key = 'docs/b.txt'; size = 20; age_days = 30 }, @{ key = 'top.txt'; size = 5; age_days = 30 }) }
        $null = Invoke-ArchiveAdmin Put '/obs/pester-target/objects' @{ objects = @() }
    }

    AfterAll {
        Stop-ScpEmulator -ErrorAction SilentlyContinue
    }

    Context 'Buckets, settings and the archiving policy' {
        It 'creates a bucket, turns versioning on and archives from Object Storage' {
            $bucket = New-ScpArchiveBucket -Name pester-archive -Tag @{ team = 'ops' }
            $bucket.PSObject.TypeNames[0] | Should -Be 'ScpStorage.Core.ArchiveStorage.ScpArchiveBucket'
            $bucket.State | Should -Be 'ACTIVE'
            ($bucket | Set-ScpArchiveBucketVersioning -Enabled $true).Enabled | Should -BeTrue
            ($bucket | Get-ScpArchiveBucketEncryption).Enabled | Should -BeFalse

            $policy = $bucket | New-ScpArchivingPolicy -SourceBucketName pester-src -ObjectLifecycle 1
            $policy.State | Should -Be 'ACTIVE'
            $policy.BucketId | Should -Be $bucket.Id
            1..2 | ForEach-Object { $null = Invoke-RestMethod -Method Post -Uri "$admin/run-archiving?bucket_id=$($bucket.Id)" }
            Wait-ArchivingRun $bucket.Id 2
            (Get-ScpArchiveBucket -Name pester-archive).SourceBucketName | Should -Be 'pester-src'
        }

        It 'refuses bad input before sending anything' {
            $before = @(Get-EmulatorRequest).Count
            { New-ScpArchivingPolicy -BucketId x -SourceBucketName s -ObjectLifecycle 0 -ErrorAction Stop } | Should -Throw
            { Get-ScpArchiveObject -BucketId x -Type DIR -ErrorAction Stop } | Should -Throw
            @(Get-EmulatorRequest).Count | Should -Be $before
        }
    }

    Context 'Objects, versions and recovery' {
        It 'lists objects with their BucketId and -First stops early' {
            $bucket = Get-ScpArchiveBucket -Name pester-archive
            $objects = @($bucket | Get-ScpArchiveObject)
            $objects.Count | Should -Be 3
            $objects.BucketId | Sort-Object -Unique | Should -Be $bucket.Id
            @($bucket | Get-ScpArchiveObject -First 1).Count | Should -Be 1
            @($bucket | Get-ScpArchiveObject -Path docs/).ObjectName | Should -Be @('docs/a.txt', 'docs/b.txt')
        }

        It 'restores a folder to Object Storage in one request and -Wait returns the ended job' {
            $bucket = Get-ScpArchiveBucket -Name pester-archive
            $job = $bucket | Get-ScpArchiveObject -Path docs/ | Restore-ScpArchiveObject -TargetBucketName pester-target -Force -Wait
            $job.State | Should -Be 'SUCCESS'
            $job.EndAt | Should -Not -BeNullOrEmpty
            @(Get-EmulatorRequest | Where-Object { $_.path -like '*/recover-objects' }).Count | Should -Be 1
            (Invoke-RestMethod "$admin/obs/pester-target/objects").objects.key | Should -Contain 'docs/b.txt'
            ($bucket | Get-ScpArchiveRecoveryJob).Id | Should -Contain $job.Id
        }

        It 'lists two versions and removes the older one' {
            $bucket = Get-ScpArchiveBucket -Name pester-archive
            $versions = @(Get-ScpArchiveObjectVersion -BucketId $bucket.Id -Path top.txt)
            $versions.Count | Should -Be 2
            $versions | Where-Object { -not $_.Latest } | Remove-ScpArchiveObjectVersion -Force -Wait
            @(Get-ScpArchiveObjectVersion -BucketId $bucket.Id -Path top.txt).Count | Should -Be 1
        }

        It 'sends nothing with -WhatIf, then removes every object in one request' {
            $bucket = Get-ScpArchiveBucket -Name pester-archive
            $before = Get-MutationCount
            $bucket | Get-ScpArchiveObject | Remove-ScpArchiveObject -WhatIf
            Get-MutationCount | Should -Be $before
            $bucket | Get-ScpArchiveObject | Remove-ScpArchiveObject -Force -Wait
            Get-MutationCount | Should -Be ($before + 1)
            @($bucket | Get-ScpArchiveObject).Count | Should -Be 0
        }

        It 'tells Restore-ScpSnapshot users to use Restore-ScpArchiveObject' {
            $null = Invoke-ArchiveAdmin Put '/obs/pester-src2/objects' @{ objects = @(@{ key = 'v.txt'; size = 1; age_days = 30 }) }
            $b = New-ScpArchiveBucket -Name pester-archive2
            $null = $b | New-ScpArchivingPolicy -SourceBucketName pester-src2 -ObjectLifecycle 1
            $null = Invoke-RestMethod -Method Post -Uri "$admin/run-archiving?bucket_id=$($b.Id)"
            Wait-ArchivingRun $b.Id 1
            $version = Get-ScpArchiveObjectVersion -BucketId $b.Id -Path v.txt
            { $version | Restore-ScpSnapshot -Force -ErrorAction Stop } | Should -Throw '*Restore-ScpArchiveObject*'
        }
    }

    Context 'Jobs and cleanup' {
        It 'stops a held archiving run with -Wait' {
            $bucket = Get-ScpArchiveBucket -Name pester-archive
            $null = Invoke-ArchiveAdmin Put '/run-delay' @{ ms = 600000 }
            try {
                $run = Invoke-RestMethod -Method Post -Uri "$admin/run-archiving?bucket_id=$($bucket.Id)"
                (Stop-ScpArchivingJob -BucketId $bucket.Id -Id $run.id -Wait).State | Should -Be 'CANCELED'
            } finally { $null = Invoke-RestMethod -Method Delete -Uri "$admin/run-delay" }
        }

        It 'disables the policy and removes the bucket' {
            $bucket = Get-ScpArchiveBucket -Name pester-archive
            ($bucket | Get-ScpArchivingPolicy | Disable-ScpArchivingPolicy).State | Should -Be 'INACTIVE'
            $bucket | Remove-ScpArchiveBucket -Force -Wait
            { Get-ScpArchiveBucket -Name pester-archive -ErrorAction Stop } | Should -Throw
        }
    }
}
