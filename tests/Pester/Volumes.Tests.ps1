<#
    Virtual Server volume journeys against the bundled emulator: New-, Get-, Set-, Resize-,
    Mount-, Dismount- and Remove-ScpVolume, with -Wait, -WhatIf, -Force, -AsJob, the errors
    raised before any request, and tab completion.

    Run after `dotnet build` (which leaves the module in out/ScpStorage):
        Invoke-Pester ./tests/Pester
#>

Describe 'ScpStorage volumes' {
    BeforeAll {
        $manifestPath = & "$PSScriptRoot/ModuleUnderTest.ps1"
        Import-Module $manifestPath -Force -ErrorAction Stop
        # A short transition delay, so -Wait has something to wait for and still finishes fast.
        $emu = Start-ScpEmulator -TransitionDelayMilliseconds 300 -ErrorAction Stop

        # The servers every emulator starts with (src/ScpStorage.Emulator/Services/VirtualServer/VsFixtures.cs).
        $web01 = '2a9be312-5d4b-4bc8-b2ae-35100fa9241f'
        $web02 = '7c1e5f3a-9b2d-4e8f-a6c4-1d3b5f7a9c2e'

        # Get-EmulatorRequest, Get-MutationCount: the emulator's request log.
        . "$PSScriptRoot/EmulatorRequestLog.ps1"

        # What Tab offers at the end of a command line.
        function Get-Completion([string] $Line) {
            @((TabExpansion2 -inputScript $Line -cursorColumn $Line.Length).CompletionMatches.CompletionText)
        }
    }

    AfterAll {
        Stop-ScpEmulator -ErrorAction SilentlyContinue
    }

    Context 'New-ScpVolume and Get-ScpVolume' {
        It 'creates a volume and -Wait returns it available' {
            $volume = New-ScpVolume -Name data01 -SizeGB 100 -VolumeType SSD -Wait

            $volume.PSObject.TypeNames[0] | Should -Be 'ScpStorage.Core.VirtualServer.ScpVolume'
            $volume.Name | Should -Be 'data01'
            $volume.State | Should -Be 'available'
            $volume.Size | Should -Be 100
            $volume.VolumeType | Should -Be 'SSD'
            $volume.Region | Should -Be 'kr-west1'
        }

        It 'gets volumes by name, by wildcard and by id' {
            $byName = Get-ScpVolume -Name data01
            $byName.Name | Should -Be 'data01'
            (Get-ScpVolume -Name DATA0*).Name | Should -Contain 'data01'
            (Get-ScpVolume -Id $byName.Id).Name | Should -Be 'data01'
            (Get-ScpVolume -State available -Name data01).Id | Should -Be $byName.Id
        }

        It 'reports a missing volume as a non-terminating ObjectNotFound error' {
            $output = Get-ScpVolume -Name no-such-volume -ErrorAction SilentlyContinue -ErrorVariable failures
            $reachedNextStatement = $true

            $reachedNextStatement | Should -BeTrue
            $output | Should -BeNullOrEmpty
            $failures.Count | Should -Be 1
            $failures[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ObjectNotFound)
            Get-ScpVolume -Name no-such-* | Should -BeNullOrEmpty
        }

        It 'refuses an invalid name before any request' {
            $before = @(Get-EmulatorRequest).Count
            { New-ScpVolume -Name 'bad/name' -SizeGB 8 -ErrorAction Stop } | Should -Throw -ExpectedMessage '*letters, digits*'
            @(Get-EmulatorRequest).Count | Should -Be $before
        }
    }

    Context 'Remove-ScpVolume' {
        BeforeAll {
            'tmp-pester-a', 'tmp-pester-b' | ForEach-Object { $null = New-ScpVolume -Name $_ -SizeGB 8 -Wait }
        }

        It '-WhatIf sends nothing' {
            $before = Get-MutationCount
            Get-ScpVolume -Name tmp* | Remove-ScpVolume -WhatIf
            Get-MutationCount | Should -Be $before
            @(Get-ScpVolume -Name tmp*).Count | Should -Be 2
        }

        It 'removes every piped match with -Confirm:$false' {
            $before = Get-MutationCount
            Get-ScpVolume -Name tmp* | Remove-ScpVolume -Confirm:$false
            Get-MutationCount | Should -Be ($before + 2)
            # Deleting takes the emulator's transition delay; what is left is on its way out.
            Get-ScpVolume -Name tmp* | ForEach-Object { $_.State | Should -Be 'deleting' }
        }
    }

    Context 'Set-ScpVolume' {
        BeforeAll {
            'ren-a', 'ren-b' | ForEach-Object { $null = New-ScpVolume -Name $_ -SizeGB 8 -Wait }
        }

        It 'renames a volume and -PassThru returns it' {
            $id = (Get-ScpVolume -Name ren-a).Id
            $renamed = Set-ScpVolume -Name ren-a -NewName ren-c -PassThru
            $renamed.Id | Should -Be $id
            $renamed.Name | Should -Be 'ren-c'
            (Get-ScpVolume -Id $id).Name | Should -Be 'ren-c'
        }

        It 'computes the new name of each piped volume with a script block' {
            Get-ScpVolume -Name ren-* | Set-ScpVolume -NewName { 'old-' + $_.Name }
            (Get-ScpVolume -Name old-ren-*).Name | Sort-Object | Should -Be @('old-ren-b', 'old-ren-c')
        }

        It 'refuses a pattern that matches several volumes, before any change' {
            $before = Get-MutationCount
            Set-ScpVolume -Name old-ren-* -NewName same -ErrorAction SilentlyContinue -ErrorVariable failures
            $failures.Count | Should -Be 1
            $failures[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidArgument)
            $failures[0].Exception.Message | Should -BeLike '*matches 2 volumes*'
            Get-MutationCount | Should -Be $before
        }
    }

    Context 'Resize-ScpVolume' {
        BeforeAll {
            'db-pester-1', 'db-pester-2' | ForEach-Object { $null = New-ScpVolume -Name $_ -SizeGB 8 -Wait }
            $null = New-ScpVolume -Name db-pester-big -SizeGB 300 -Wait
        }

        It 'grows the available db volumes in a job that waits, refusing the one that is already larger' {
            $job = Get-ScpVolume -State available -Name db* | Resize-ScpVolume -SizeGB 200 -Wait -AsJob -ErrorAction SilentlyContinue -ErrorVariable refused
            try {
                $refused.Count | Should -Be 1
                $refused[0].Exception.Message | Should -BeLike '*db-pester-big*300 GB*'

                $job.PSJobTypeName | Should -Be 'ScpJob'
                @($job.ChildJobs).Count | Should -Be 2
                $job | Wait-Job -Timeout 60 | Should -Not -BeNullOrEmpty
                "$($job.State)" | Should -Be 'Completed'

                $resized = @($job | Receive-Job)
                $resized.Count | Should -Be 2
                $resized | ForEach-Object {
                    $_.Size | Should -Be 200
                    $_.State | Should -Be 'available'
                }
            }
            finally {
                $job | Remove-Job -Force -ErrorAction SilentlyContinue
            }
        }

        It 'refuses a size that is not larger before any request and says the current size' {
            $before = Get-MutationCount
            Resize-ScpVolume -Name db-pester-1 -SizeGB 100 -ErrorAction SilentlyContinue -ErrorVariable failures
            $failures.Count | Should -Be 1
            $failures[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidArgument)
            $failures[0].Exception.Message | Should -BeLike '*current size*200 GB*'
            Get-MutationCount | Should -Be $before
        }
    }

    Context 'Mount-ScpVolume and Dismount-ScpVolume' {
        BeforeAll {
            $null = New-ScpVolume -Name mnt-pester -SizeGB 8 -Wait
        }

        It 'attaches a volume to a server given by name, and -Wait returns it in use' {
            $volume = Mount-ScpVolume -Name mnt-pester -ServerName web01 -Wait
            $volume.State | Should -Be 'in-use'
            $volume.Servers.ServerId | Should -Be $web01
            $volume.Servers[0].Device | Should -Match '^/dev/vd[b-z]$'
        }

        It 'reports an unknown server name as ObjectNotFound without attaching anything' {
            $before = Get-MutationCount
            Mount-ScpVolume -Name mnt-pester -ServerName no-such-server -ErrorAction SilentlyContinue -ErrorVariable failures
            $failures.Count | Should -Be 1
            $failures[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ObjectNotFound)
            Get-MutationCount | Should -Be $before
        }

        It 'refuses to detach from a server the volume is not attached to, before any request' {
            $before = Get-MutationCount
            Get-ScpVolume -Name mnt-pester | Dismount-ScpVolume -ServerId $web02 -Force -ErrorAction SilentlyContinue -ErrorVariable failures
            $failures.Count | Should -Be 1
            $failures[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidOperation)
            Get-MutationCount | Should -Be $before
        }

        It 'Dismount-ScpVolume -WhatIf sends nothing' {
            $before = Get-MutationCount
            Get-ScpVolume -Name mnt-pester | Dismount-ScpVolume -WhatIf
            Get-ScpVolume -Name mnt-pester | Dismount-ScpVolume -Force -WhatIf
            Get-MutationCount | Should -Be $before
        }

        It 'detaches from the only server with -Force, and -Wait returns the volume available' {
            $volume = Get-ScpVolume -Name mnt-pester | Dismount-ScpVolume -Force -Wait
            $volume.State | Should -Be 'available'
            $volume.Servers | Should -BeNullOrEmpty
            $sent = Get-EmulatorRequest | Where-Object { $_.method -eq 'DELETE' -and $_.path -like "*/v1/volumes/$($volume.Id)/servers/$web01" }
            $sent | Should -Not -BeNullOrEmpty
        }

        It 'reports a volume attached to no server as InvalidOperation before any request' {
            $volume = Get-ScpVolume -Name mnt-pester
            $before = @(Get-EmulatorRequest).Count
            $volume | Dismount-ScpVolume -Force -ErrorAction SilentlyContinue -ErrorVariable failures
            $failures.Count | Should -Be 1
            $failures[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::InvalidOperation)
            $failures[0].Exception.Message | Should -BeLike '*not attached*'
            @(Get-EmulatorRequest).Count | Should -Be $before
        }
    }

    Context 'Tab completion' {
        # Completers keep SCP's answer for 30 seconds: these volumes exist before the first Tab.
        BeforeAll {
            'tab-pester-alpha', 'tab-pester-beta' | ForEach-Object { $null = New-ScpVolume -Name $_ -SizeGB 8 }
        }

        It 'completes volume names and ids' {
            Get-Completion 'Get-ScpVolume -Name tab-pester-' | Should -Be @('tab-pester-alpha', 'tab-pester-beta')
            $id = (Get-ScpVolume -Name tab-pester-alpha).Id
            Get-Completion ('Get-ScpVolume -Id ' + $id.Substring(0, 8)) | Should -Contain $id
        }

        It 'completes volume types, regions and server names' {
            Get-Completion 'New-ScpVolume -Name x -SizeGB 8 -VolumeType ' | Should -Be @('HDD', 'SSD', 'SSD_KMS')
            Get-Completion 'Get-ScpVolume -Environment g -Region ' | Should -Be @('kr-south1', 'kr-south2', 'kr-south3')
            Get-Completion 'Mount-ScpVolume -Name x -ServerName web' | Should -Be @('web01', 'web02')
        }
    }
}
