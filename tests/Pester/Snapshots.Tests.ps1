<#
    Virtual Server snapshot journeys against the bundled emulator: New-, Get-, Set- and
    Remove-ScpVolumeSnapshot, Restore-ScpSnapshot (dispatch on the piped type, confirmation,
    ResourceBusy/InvalidArgument refusals), Get-ScpVolumeType and Get-ScpVolumeQuota, with
    -Wait, -WhatIf, -Force, -AsJob, validation before any request and tab completion.
    The same journeys as tests/ScpStorage.Tests/VirtualServer/{Snapshot,RestoreSnapshot,
    VolumeTypeAndQuota}Tests.cs.

    Run after `dotnet build` (which leaves the module in out/ScpStorage):
        Invoke-Pester ./tests/Pester
#>

Describe 'ScpStorage snapshots, volume types and quota' {
    BeforeAll {
        Import-Module (& "$PSScriptRoot/ModuleUnderTest.ps1") -Force -ErrorAction Stop
        $emu = Start-ScpEmulator -TransitionDelayMilliseconds 200 -ErrorAction Stop

        # Fixtures every emulator starts with (src/ScpStorage.Emulator/Services/VirtualServer/VsFixtures.cs).
        $web01 = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f'
        $hddTypeId = '5d1f8c3e-0b7a-4f55-9a0e-2f5b6d7c8e91'

        # Get-EmulatorRequest, Get-MutationCount: the emulator's request log.
        . "$PSScriptRoot/EmulatorRequestLog.ps1"
        function Get-Completion([string] $Line) {
            @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText)
        }
        # A volume with one available snapshot.
        function New-VolumeWithSnapshot([string] $Volume, [string] $Snapshot) {
            $v = New-ScpVolume -Name $Volume -SizeGB 8 -Wait
            $s = $v | New-ScpVolumeSnapshot -Name $Snapshot -Wait
            [pscustomobject]@{ Volume = $v; Snapshot = $s }
        }
        # Attaches a volume to web01 and waits until it is in-use (no cmdlet dependency beyond the REST escape hatch).
        function Set-VolumeInUse([string] $VolumeId) {
            $null = Invoke-ScpRestMethod virtualserver '/v1/volumes/{volume_id}/servers' -Method POST `
                -PathParameters @{ volume_id = $VolumeId } -Body @{ server_id = $web01 }
            $i = 0
            while ((Get-ScpVolume -Id $VolumeId).State -ne 'in-use' -and $i -lt 100) { Start-Sleep -Milliseconds 50; $i++ }
        }
    }

    AfterAll {
        Stop-ScpEmulator -ErrorAction SilentlyContinue
    }

    Context 'New-ScpVolumeSnapshot' {
        It 'snapshots every piped available volume and -Wait returns them available' {
            $null = 'snapnew-a', 'snapnew-b' | ForEach-Object { New-ScpVolume -Name $_ -SizeGB 8 -Wait }
            $snaps = @(Get-ScpVolume -Name snapnew-* -State available | New-ScpVolumeSnapshot -Name pre-patch -Wait)

            $snaps.Count | Should -Be 2
            $snaps[0].PSObject.TypeNames[0] | Should -Be 'ScpStorage.Core.VirtualServer.ScpVolumeSnapshot'
            $snaps.State | Should -Not -Contain 'creating'
            ($snaps.VolumeId | Sort-Object) | Should -Be ((Get-ScpVolume -Name snapnew-*).Id | Sort-Object)
        }

        It 'binds VolumeId by property name and returns the snapshot creating without -Wait' {
            $v = New-ScpVolume -Name snapprop -SizeGB 8 -Wait
            $snap = [pscustomobject]@{ VolumeId = $v.Id } | New-ScpVolumeSnapshot -Name byprop
            $snap.State | Should -Be 'creating'
            (Get-ScpVolumeSnapshot -Name byprop).VolumeId | Should -Be $v.Id
        }

        It 'refuses an in-use volume with ResourceBusy unless -AllowInUse' {
            $v = New-ScpVolume -Name snapinuse -SizeGB 8 -Wait
            Set-VolumeInUse $v.Id

            $null = Get-ScpVolume -Id $v.Id | New-ScpVolumeSnapshot -Name live -ErrorVariable refused -ErrorAction SilentlyContinue
            $refused[0].CategoryInfo.Category | Should -Be 'ResourceBusy'

            (Get-ScpVolume -Id $v.Id | New-ScpVolumeSnapshot -Name live -AllowInUse -Wait).State | Should -Be 'available'
        }

        It 'sends nothing with -WhatIf or a bad name' {
            $null = New-ScpVolume -Name snapwhatif -SizeGB 8 -Wait
            $before = Get-MutationCount
            Get-ScpVolume -Name snapwhatif | New-ScpVolumeSnapshot -Name would -WhatIf
            Get-MutationCount | Should -Be $before

            $all = @(Get-EmulatorRequest).Count
            { New-ScpVolumeSnapshot -VolumeId x -Name 'bad/name' -ErrorAction Stop } | Should -Throw '*letters, digits*'
            @(Get-EmulatorRequest).Count | Should -Be $all
        }

        It 'snapshots many volumes concurrently with -AsJob' {
            $null = 'snapjob-a', 'snapjob-b', 'snapjob-c' | ForEach-Object { New-ScpVolume -Name $_ -SizeGB 8 -Wait }
            $job = Get-ScpVolume -Name snapjob-* | New-ScpVolumeSnapshot -Name nightly-job -Wait -AsJob -ThrottleLimit 2
            $job.ChildJobs.Count | Should -Be 3
            $snaps = @($job | Wait-Job -Timeout 60 | Receive-Job)
            $job.State | Should -Be 'Completed'
            $snaps.Count | Should -Be 3
            @($snaps | Where-Object State -eq 'available').Count | Should -Be 3
        }
    }

    Context 'Get-ScpVolumeSnapshot' {
        BeforeAll {
            $a = New-ScpVolume -Name snapget-a -SizeGB 8 -Wait
            $b = New-ScpVolume -Name snapget-b -SizeGB 8 -Wait
            $null = $a | New-ScpVolumeSnapshot -Name getsnap-1 -Wait
            $null = $a | New-ScpVolumeSnapshot -Name getsnap-2 -Wait
            $null = $b | New-ScpVolumeSnapshot -Name getsnap-3 -Wait
        }

        It 'filters by wildcard, volume id, piped volume and -First' {
            (Get-ScpVolumeSnapshot -Name getsnap-*).Name | Sort-Object | Should -Be 'getsnap-1', 'getsnap-2', 'getsnap-3'
            (Get-ScpVolumeSnapshot -VolumeId $a.Id).Name | Sort-Object | Should -Be 'getsnap-1', 'getsnap-2'
            (Get-ScpVolume -Name snapget-* | Get-ScpVolumeSnapshot).Count | Should -Be 3
            (Get-ScpVolume -Name snapget-a | Get-ScpVolumeSnapshot -Name *-2).Name | Should -Be 'getsnap-2'
            @(Get-ScpVolumeSnapshot -Name getsnap-* -First 2).Count | Should -Be 2
            @(Get-ScpVolumeSnapshot -Name getsnap-* -PageSize 1).Count | Should -Be 3
        }

        It 'gets by id through the pipeline (SnapshotId by property name)' {
            $id = (Get-ScpVolumeSnapshot -Name getsnap-3).Id
            ([pscustomobject]@{ SnapshotId = $id } | Get-ScpVolumeSnapshot).Name | Should -Be 'getsnap-3'
        }

        It 'reports a missing name or id as ObjectNotFound and goes on' {
            $out = @(Get-ScpVolumeSnapshot -Name no-such-snap -ErrorVariable e1 -ErrorAction SilentlyContinue
                Get-ScpVolumeSnapshot -Id 00000000-0000-0000-0000-000000000000 -ErrorVariable e2 -ErrorAction SilentlyContinue
                'still running')
            $e1[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $e1[0].FullyQualifiedErrorId | Should -BeLike 'ScpResourceNotFound*'
            $e2[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
            $out | Should -Be 'still running'
            Get-ScpVolumeSnapshot -Name no-such-* -ErrorVariable e3
            $e3.Count | Should -Be 0
        }

        It 'completes snapshot names with Tab' {
            Get-Completion 'Remove-ScpVolumeSnapshot -Name getsnap-' | Sort-Object | Should -Be 'getsnap-1', 'getsnap-2', 'getsnap-3'
        }
    }

    Context 'Set-ScpVolumeSnapshot and Remove-ScpVolumeSnapshot' {
        It 'renames through the pipeline; -WhatIf and an empty change send nothing' {
            $null = New-VolumeWithSnapshot snapset set-old
            $before = Get-MutationCount
            Get-ScpVolumeSnapshot -Name set-old | Set-ScpVolumeSnapshot -NewName set-new -WhatIf
            Get-MutationCount | Should -Be $before

            (Get-ScpVolumeSnapshot -Name set-old | Set-ScpVolumeSnapshot -NewName set-new -PassThru).Name | Should -Be 'set-new'
            { Get-ScpVolumeSnapshot -Name set-old -ErrorAction Stop } | Should -Throw

            Get-ScpVolumeSnapshot -Name set-new | Set-ScpVolumeSnapshot -Description 'kept for audit' | Should -BeNullOrEmpty
            (Get-ScpVolumeSnapshot -Name set-new).Name | Should -Be 'set-new'

            $all = @(Get-EmulatorRequest).Count
            { Set-ScpVolumeSnapshot -Id whatever -ErrorAction Stop } | Should -Throw '*Nothing to change*'
            @(Get-EmulatorRequest).Count | Should -Be $all
        }

        It 'removes with -Force -Wait, honours -WhatIf, and refuses a creating snapshot as ResourceBusy' {
            $v = New-ScpVolume -Name snaprm -SizeGB 8 -Wait
            1..3 | ForEach-Object { $null = $v | New-ScpVolumeSnapshot -Name "rmsnap-$_" -Wait }
            $before = Get-MutationCount
            Get-ScpVolumeSnapshot -Name rmsnap-* | Remove-ScpVolumeSnapshot -WhatIf
            Get-MutationCount | Should -Be $before

            Remove-ScpVolumeSnapshot -Name rmsnap-1 -Force -Wait
            Get-ScpVolumeSnapshot -Name rmsnap-* | Remove-ScpVolumeSnapshot -Confirm:$false -Wait
            @(Get-ScpVolumeSnapshot -Name rmsnap-*).Count | Should -Be 0

            $v | New-ScpVolumeSnapshot -Name busy | Remove-ScpVolumeSnapshot -Force -ErrorVariable busy -ErrorAction SilentlyContinue
            $busy[0].CategoryInfo.Category | Should -Be 'ResourceBusy'
        }
    }

    Context 'Restore-ScpSnapshot' {
        It 'reverts the piped snapshot''s volume and -Wait returns it available' {
            $pair = New-VolumeWithSnapshot rs-data01 rs-pre-patch
            $volume = Get-ScpVolumeSnapshot -Name rs-pre-patch | Restore-ScpSnapshot -Force -Wait
            $volume.PSObject.TypeNames[0] | Should -Be 'ScpStorage.Core.VirtualServer.ScpVolume'
            $volume.Id | Should -Be $pair.Volume.Id
            $volume.State | Should -Be 'available'
        }

        It 'reverts by -SnapshotId and returns the volume reverting without -Wait' {
            $pair = New-VolumeWithSnapshot rs-byid rs-byid-snap
            (Restore-ScpSnapshot -SnapshotId $pair.Snapshot.Id -Confirm:$false).State | Should -Be 'reverting'
        }

        It 'names the volume and the snapshot in the confirmation and sends nothing with -WhatIf' {
            $pair = New-VolumeWithSnapshot rs-confirm rs-confirm-snap
            $before = Get-MutationCount
            Get-ScpVolumeSnapshot -Name rs-confirm-snap | Restore-ScpSnapshot -WhatIf
            Get-MutationCount | Should -Be $before

            $verbose = Get-ScpVolumeSnapshot -Name rs-confirm-snap | Restore-ScpSnapshot -Force -Wait -Verbose 4>&1 |
                Where-Object { $_ -is [System.Management.Automation.VerboseRecord] }
            $verbose.Message | Should -Contain "Revert on `"volume rs-confirm ($($pair.Volume.Id)) to snapshot rs-confirm-snap ($($pair.Snapshot.Id))`" (-Force: not asking for confirmation)."
        }

        It 'refuses an unsupported piped type with InvalidArgument naming the supported kinds' {
            $null = New-ScpVolume -Name rs-wrongtype -SizeGB 8 -Wait
            $before = Get-MutationCount
            Get-ScpVolume -Name rs-wrongtype | Restore-ScpSnapshot -Force -ErrorVariable wrong -ErrorAction SilentlyContinue
            $wrong[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            $wrong[0].Exception.Message | Should -BeLike '*ScpVolumeSnapshot (Get-ScpVolumeSnapshot)*'
            Get-MutationCount | Should -Be $before
        }

        It 'reports a missing snapshot id as ObjectNotFound' {
            Restore-ScpSnapshot -SnapshotId 00000000-0000-0000-0000-000000000000 -Force -ErrorVariable missing -ErrorAction SilentlyContinue
            $missing[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'surfaces an in-use volume as ResourceBusy and a 400 as InvalidArgument' {
            $pair = New-VolumeWithSnapshot rs-inuse rs-inuse-snap
            Set-VolumeInUse $pair.Volume.Id
            Get-ScpVolumeSnapshot -Name rs-inuse-snap | Restore-ScpSnapshot -Force -ErrorVariable busy -ErrorAction SilentlyContinue
            $busy[0].CategoryInfo.Category | Should -Be 'ResourceBusy'

            $null = New-VolumeWithSnapshot rs-bad rs-bad-snap
            $null = Invoke-RestMethod -Uri "$($emu.BaseUrl)/_emulator/faults" -Method Put -ContentType 'application/json' `
                -Body '{"fail_next": {"count": 1, "status": 400, "method": "POST"}}'
            Get-ScpVolumeSnapshot -Name rs-bad-snap | Restore-ScpSnapshot -Force -ErrorVariable bad -ErrorAction SilentlyContinue
            $bad[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
        }

        It 'reverts several piped snapshots as child jobs with -AsJob' {
            $a = New-VolumeWithSnapshot rs-job-a rs-job-snap
            $b = New-VolumeWithSnapshot rs-job-b rs-job-snap
            $job = Get-ScpVolumeSnapshot -Name rs-job-snap | Restore-ScpSnapshot -Force -Wait -AsJob
            $job.ChildJobs.Count | Should -Be 2
            $volumes = @($job | Wait-Job -Timeout 60 | Receive-Job)
            $job.State | Should -Be 'Completed'
            ($volumes.Id | Sort-Object) | Should -Be (@($a.Volume.Id, $b.Volume.Id) | Sort-Object)
            $volumes.State | Should -Not -Contain 'reverting'
        }
    }

    Context 'Get-ScpVolumeType and Get-ScpVolumeQuota' {
        It 'lists types by wildcard, by id through the pipeline, and the default' {
            (Get-ScpVolumeType).Name | Sort-Object | Should -Be 'HDD', 'SSD', 'SSD_KMS'
            (Get-ScpVolumeType -Name ssd*).Name | Sort-Object | Should -Be 'SSD', 'SSD_KMS'
            ([pscustomobject]@{ VolumeTypeId = $hddTypeId } | Get-ScpVolumeType).Name | Should -Be 'HDD'
            $default = Get-ScpVolumeType -Default
            $default.Name | Should -Be 'SSD'
            $default.IsDefault | Should -BeTrue
            Get-ScpVolumeType -Name NVME -ErrorVariable nf -ErrorAction SilentlyContinue
            $nf[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'completes volume types with Tab' {
            Get-Completion 'New-ScpVolume -Name x -SizeGB 8 -VolumeType SS' | Sort-Object | Should -Be 'SSD', 'SSD_KMS'
        }

        It 'counts volumes, snapshots and GB in use' {
            $before = Get-ScpVolumeQuota
            $before.PSObject.TypeNames[0] | Should -Be 'ScpStorage.Core.VirtualServer.ScpVolumeQuota'
            $null = New-ScpVolume -Name quota-vol -SizeGB 16 -Wait | New-ScpVolumeSnapshot -Name quota-snap -Wait
            $after = Get-ScpVolumeQuota
            $after.Volumes.InUse | Should -Be ($before.Volumes.InUse + 1)
            $after.Snapshots.InUse | Should -Be ($before.Snapshots.InUse + 1)
            $after.Usages.InUse | Should -Be ($before.Usages.InUse + 16)
            $after.PerVolumeSize.Limit | Should -Be 16384
        }
    }
}
