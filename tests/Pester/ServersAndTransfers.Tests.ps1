<#
    Server, server-volume and volume-transfer journeys of the ScpStorage module against the
    bundled emulator (servers web01, web02 and db01 are seeded). They mirror the engine tests
    ServerTests, ServerVolumeTests and TransferTests in tests/ScpStorage.Tests/VirtualServer.

    Run after `dotnet build` (which leaves the module in out/ScpStorage):
        Invoke-Pester ./tests/Pester/ServersAndTransfers.Tests.ps1
#>

Describe 'ScpStorage servers, server volumes and volume transfers' {
    BeforeAll {
        Import-Module (& "$PSScriptRoot/ModuleUnderTest.ps1") -Force -ErrorAction Stop
        $emu = Start-ScpEmulator -TransitionDelayMilliseconds 200 -ErrorAction Stop

        # Get-EmulatorRequest, Get-MutationCount: the emulator's request log.
        . "$PSScriptRoot/EmulatorRequestLog.ps1"

        function New-TestVolume([string[]] $Name) {
            foreach ($n in $Name) { $null = New-ScpVolume -Name $n -SizeGB 8 -Wait -ErrorAction Stop }
        }

        $debugSupported = $PSVersionTable.PSVersion.Major -ge 7
    }

    AfterAll {
        Stop-ScpEmulator -ErrorAction SilentlyContinue
    }

    Context 'Get-ScpServer' {
        It 'lists the seeded servers and filters by wildcard, IP and offering' {
            (Get-ScpServer).Name | Sort-Object | Should -Be @('db01', 'web01', 'web02')
            (Get-ScpServer -Name web*).Name | Sort-Object | Should -Be @('web01', 'web02')
            (Get-ScpServer -IpAddress 192.169.4.10).Name | Should -Be 'db01'
            @(Get-ScpServer -ProductOffering gpu_server).Count | Should -Be 0
            @(Get-ScpServer -State active).Count | Should -Be 3
        }

        It 'gets a server by id from an object with a ServerId property' {
            $web01 = Get-ScpServer -Name web01
            ([pscustomobject]@{ ServerId = $web01.Id } | Get-ScpServer).Name | Should -Be 'web01'
        }

        It 'reports a missing server as ObjectNotFound' {
            Get-ScpServer -Name no-such-server -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'rejects an unknown product offering before any request' {
            $before = Get-MutationCount
            { Get-ScpServer -ProductOffering bare_metal -ErrorAction Stop } | Should -Throw
            Get-MutationCount | Should -Be $before
        }

        It 'completes server names with Tab' {
            $line = 'Get-ScpServer -Name we'
            (TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches.CompletionText | Sort-Object |
                Should -Be @('web01', 'web02')
        }
    }

    Context 'Server volumes' {
        It 'attaches a piped volume by server name and waits until it is in-use' {
            New-TestVolume 'pst-add'
            $attachment = Get-ScpVolume -Name pst-add | Add-ScpServerVolume -ServerName web01 -Wait -Confirm:$false
            $attachment.ServerId | Should -Be (Get-ScpServer -Name web01).Id
            $attachment.Device | Should -BeLike '/dev/vd*'
            (Get-ScpVolume -Name pst-add).State | Should -Be 'in-use'
        }

        It 'pipes a server into Get-ScpVolume for its attached volumes' {
            New-TestVolume 'pst-srv-a', 'pst-srv-b'
            Get-ScpVolume -Name pst-srv-* | Add-ScpServerVolume -ServerName web02 -Wait -Confirm:$false | Out-Null
            (Get-ScpServer -Name web02 | Get-ScpVolume).Name | Sort-Object | Should -Be @('pst-srv-a', 'pst-srv-b')
        }

        It 'sets delete on termination through the pipeline and -WhatIf changes nothing' {
            New-TestVolume 'pst-set'
            $volume = Get-ScpVolume -Name pst-set
            $null = $volume | Add-ScpServerVolume -ServerName db01 -Wait -Confirm:$false
            $mine = { Get-ScpServer -Name db01 | Get-ScpServerVolume | Where-Object VolumeId -eq $volume.Id }

            $before = Get-MutationCount
            & $mine | Set-ScpServerVolume -DeleteOnTermination $true -WhatIf
            Get-MutationCount | Should -Be $before

            (& $mine | Set-ScpServerVolume -DeleteOnTermination $true -PassThru -Confirm:$false).DeleteOnTermination | Should -BeTrue
            (& $mine).DeleteOnTermination | Should -BeTrue
        }

        It 'detaches with -Force -Wait and the volume is available again' {
            New-TestVolume 'pst-rm'
            $volume = Get-ScpVolume -Name pst-rm
            $null = $volume | Add-ScpServerVolume -ServerName db01 -Wait -Confirm:$false
            $before = Get-MutationCount
            Get-ScpServer -Name db01 | Get-ScpServerVolume -VolumeId $volume.Id | Remove-ScpServerVolume -WhatIf
            Get-MutationCount | Should -Be $before

            Get-ScpServer -Name db01 | Get-ScpServerVolume -VolumeId $volume.Id | Remove-ScpServerVolume -Force -Wait
            (Get-ScpVolume -Name pst-rm).State | Should -Be 'available'
        }

        It 'refuses to attach an in-use volume with ResourceBusy' {
            New-TestVolume 'pst-busy'
            $null = Get-ScpVolume -Name pst-busy | Add-ScpServerVolume -ServerName web01 -Wait -Confirm:$false
            Get-ScpVolume -Name pst-busy | Add-ScpServerVolume -ServerName web02 -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed[0].CategoryInfo.Category | Should -Be 'ResourceBusy'
        }

        It 'attaches several volumes as child jobs with -AsJob' {
            New-TestVolume 'pst-job-a', 'pst-job-b', 'pst-job-c'
            $job = Get-ScpVolume -Name pst-job-* | Add-ScpServerVolume -ServerName web01 -Wait -AsJob -Confirm:$false
            $job.ChildJobs.Count | Should -Be 3
            $results = $job | Wait-Job -Timeout 60 | Receive-Job
            $job.State | Should -Be 'Completed'
            @($results).Count | Should -Be 3
            $job | Remove-Job -Force
        }
    }

    Context 'Volume transfers' {
        It 'offers a piped volume and returns the auth key once' {
            New-TestVolume 'pst-tr'
            $transfer = Get-ScpVolume -Name pst-tr | New-ScpVolumeTransfer -Name pst-offer -Confirm:$false
            $transfer.AuthKey | Should -Not -BeNullOrEmpty
            (Get-ScpVolume -Name pst-tr).State | Should -Be 'awaiting-transfer'
            (Get-ScpVolumeTransfer -Name pst-offer).AuthKey | Should -BeNullOrEmpty
        }

        It 'cancels a transfer with -Force and the volume is available again' {
            New-TestVolume 'pst-cancel'
            $transfer = Get-ScpVolume -Name pst-cancel | New-ScpVolumeTransfer -Name pst-cancel-offer -Confirm:$false
            $before = Get-MutationCount
            $transfer | Remove-ScpVolumeTransfer -WhatIf
            Get-MutationCount | Should -Be $before
            $transfer | Remove-ScpVolumeTransfer -Force
            (Get-ScpVolume -Name pst-cancel).State | Should -Be 'available'
            Get-ScpVolumeTransfer -Name pst-cancel-offer -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed[0].CategoryInfo.Category | Should -Be 'ObjectNotFound'
        }

        It 'accepts a transfer with its key and returns the received volume' {
            New-TestVolume 'pst-recv'
            $transfer = Get-ScpVolume -Name pst-recv | New-ScpVolumeTransfer -Confirm:$false
            $volume = Receive-ScpVolumeTransfer -Id $transfer.Id -AuthKey $transfer.AuthKey -Confirm:$false
            $volume.Name | Should -Be 'pst-recv'
            $volume.State | Should -Be 'available'
        }

        It 'reports a wrong key as InvalidArgument and keeps the transfer pending' {
            New-TestVolume 'pst-wrong'
            $transfer = Get-ScpVolume -Name pst-wrong | New-ScpVolumeTransfer -Confirm:$false
            Receive-ScpVolumeTransfer -Id $transfer.Id -AuthKey '0000000000000000' -Confirm:$false -ErrorVariable failed -ErrorAction SilentlyContinue
            $failed[0].CategoryInfo.Category | Should -Be 'InvalidArgument'
            (Get-ScpVolume -Name pst-wrong).State | Should -Be 'awaiting-transfer'
        }

        It 'never shows the auth key in Verbose, Debug or error output' {
            $DebugPreference = 'Continue'        # effective on Windows PowerShell 5.1, where -Debug would prompt
            $ErrorActionPreference = 'Continue'
            $streams = @{ Verbose = $true }
            if ($debugSupported) { $streams['Debug'] = $true }
            New-TestVolume 'pst-secret', 'pst-secret-bad'
            $good = Get-ScpVolume -Name pst-secret | New-ScpVolumeTransfer -Confirm:$false
            $bad = Get-ScpVolume -Name pst-secret-bad | New-ScpVolumeTransfer -Confirm:$false
            $wrong = -join ($bad.AuthKey.ToCharArray() | Sort-Object -Descending)

            $records = & {
                Receive-ScpVolumeTransfer -Id $bad.Id -AuthKey $wrong -Confirm:$false @streams
                Receive-ScpVolumeTransfer -Id $good.Id -AuthKey $good.AuthKey -Confirm:$false @streams
            } *>&1
            $text = ($records | ForEach-Object { "$_"; if ($_ -is [System.Management.Automation.ErrorRecord]) { $_.Exception.ToString() } }) -join [Environment]::NewLine

            $text | Should -Match 'auth_key'     # the accept body was logged, masked
            $text | Should -Not -Match ([regex]::Escape($good.AuthKey))
            $text | Should -Not -Match ([regex]::Escape($wrong))
        }
    }
}
