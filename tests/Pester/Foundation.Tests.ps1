<#
    Foundation journeys of the ScpStorage module against the bundled emulator:
    manifest, session context, Invoke-ScpRestMethod, -WhatIf, -AsJob, error records,
    configuration errors and secret hygiene.

    Run after `dotnet build` (which leaves the module in out/ScpStorage):
        Invoke-Pester ./tests/Pester
#>

Describe 'ScpStorage foundation' {
    BeforeAll {
        $manifestPath = & "$PSScriptRoot/ModuleUnderTest.ps1"
        Import-Module $manifestPath -Force -ErrorAction Stop
        $emu = Start-ScpEmulator -TransitionDelayMilliseconds 0 -ErrorAction Stop
        $demoSecret = 'demo-secret-key'

        # Get-EmulatorRequest, Get-MutationCount: the emulator's request log.
        . "$PSScriptRoot/EmulatorRequestLog.ps1"

        # -Debug on Windows PowerShell 5.1 means "Inquire" (a prompt per message); from
        # PowerShell 7 on it means "Continue". Tests set $DebugPreference instead on 5.1.
        $debugSupported = $PSVersionTable.PSVersion.Major -ge 7
    }

    AfterAll {
        Stop-ScpEmulator -ErrorAction SilentlyContinue
    }

    Context 'Module' {
        It 'has a manifest that Test-ModuleManifest accepts' {
            $manifest = Test-ModuleManifest -Path $manifestPath -ErrorAction Stop
            $manifest.Name | Should -Be 'ScpStorage'
            $manifest.PowerShellVersion | Should -Be ([version]'5.1')
        }

        It 'exports the session and tool cmdlets' {
            $names = (Get-Command -Module ScpStorage).Name
            foreach ($name in 'Connect-ScpAccount', 'Disconnect-ScpAccount', 'Get-ScpContext', 'Set-ScpRetryPolicy',
                'Set-ScpApiVersion', 'Invoke-ScpRestMethod', 'Start-ScpEmulator', 'Stop-ScpEmulator') {
                $names | Should -Contain $name
            }
        }
    }

    Context 'Start-ScpEmulator and Get-ScpContext' {
        It 'returns where the emulator listens' {
            $emu.BaseUrl | Should -Match '^http://127\.0\.0\.1:\d+$'
            $emu.EndpointUrl | Should -Be "$($emu.BaseUrl)/{environment}/{region}/{service}"
            $emu.AccessKey | Should -Be 'demo-access-key'
        }

        It 'shows the emulator in a table that fits 80 columns with one header line' {
            $lines = @(($emu | Out-String -Width 80) -split "`r?`n" | Where-Object { $_.Trim() })
            $lines[0] | Should -Match '^ProcessId\s+BaseUrl\s+AccessKey\s+Database'
            $lines[1] | Should -Match '^[- ]+$' -Because 'a label split over two lines would put its rest here'
            $lines | ForEach-Object { $_.TrimEnd().Length | Should -BeLessOrEqual 80 }
        }

        It 'points the session at the emulator with the demo access key' {
            $context = Get-ScpContext
            $context.AccessKey | Should -Be 'demo-access-key'
            $context.AccountId | Should -Be 'demo-account'
            $context.Region | Should -Be 'kr-west1'
            $context.Environment | Should -Be 'e'
            $context.EndpointUrl | Should -Be $emu.EndpointUrl
            $context.IdentitySource | Should -Be 'emulator session (Start-ScpEmulator)'
        }

        It 'never shows the secret key' {
            $context = Get-ScpContext
            $context.SecretKey | Should -Be '********'
            ($context | Format-List * | Out-String -Width 4096) | Should -Not -Match $demoSecret
            ($context | Format-Table * | Out-String -Width 4096) | Should -Not -Match $demoSecret
            ($context | ConvertTo-Json -Depth 5) | Should -Not -Match $demoSecret
            $context.ToString() | Should -Not -Match $demoSecret
        }
    }

    Context 'Invoke-ScpRestMethod' {
        It 'creates a volume and reads it back through the signed API' {
            $created = Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'pester01'; size = 8 } -Confirm:$false
            $created.name | Should -Be 'pester01'
            $created.id | Should -Not -BeNullOrEmpty

            $read = Invoke-ScpRestMethod virtualserver '/v1/volumes/{volume_id}' -PathParameters @{ volume_id = $created.id }
            $read.id | Should -Be $created.id
            $read.name | Should -Be 'pester01'
            $read.size | Should -Be 8
            $read.state | Should -BeIn @('creating', 'available')

            $sent = Get-EmulatorRequest | Where-Object { $_.path -like "*/v1/volumes/$($created.id)" }
            $sent | Should -Not -BeNullOrEmpty
            $sent | ForEach-Object { $_.signature_valid | Should -BeTrue }
        }

        It 'the request log counts each real request, so "-WhatIf sends nothing" checks can fail' {
            $requestsBefore = @(Get-EmulatorRequest).Count
            $mutationsBefore = Get-MutationCount

            $null = Invoke-ScpRestMethod virtualserver /v1/volume-types
            @(Get-EmulatorRequest).Count | Should -Be ($requestsBefore + 1)
            Get-MutationCount | Should -Be $mutationsBefore

            $created = Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'pester-counted'; size = 8 } -Confirm:$false
            Get-MutationCount | Should -Be ($mutationsBefore + 1)
            $null = Invoke-ScpRestMethod virtualserver '/v1/volumes/{volume_id}' -Method DELETE -PathParameters @{ volume_id = $created.id } -Confirm:$false
            Get-MutationCount | Should -Be ($mutationsBefore + 2)
            @(Get-EmulatorRequest)[-1].method | Should -Be 'DELETE'
        }

        It '-WhatIf sends nothing' {
            $before = @(Get-EmulatorRequest).Count

            $result = Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'pester-never'; size = 8 } -WhatIf
            $result | Should -BeNullOrEmpty

            $after = @(Get-EmulatorRequest)
            $after.Count | Should -Be $before -Because '-WhatIf must not send any request'
            (Invoke-ScpRestMethod virtualserver /v1/volumes -Query @{ name = 'pester-never' }).volumes | Should -BeNullOrEmpty
        }

        It '-AsJob returns a job that Wait-Job and Receive-Job handle' {
            $job = @{ name = 'pester-job1'; size = 8 }, @{ name = 'pester-job2'; size = 8 } |
                Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -AsJob -Confirm:$false
            try {
                $job.PSJobTypeName | Should -Be 'ScpJob'
                @($job.ChildJobs).Count | Should -Be 2
                Get-Job -Id $job.Id | Should -Not -BeNullOrEmpty

                $finished = $job | Wait-Job -Timeout 60
                $finished | Should -Not -BeNullOrEmpty -Because 'the job should finish within 60 seconds'
                "$($job.State)" | Should -Be 'Completed'

                $results = @($job | Receive-Job)
                $results.Count | Should -Be 2
                (($results.name | Sort-Object) -join ',') | Should -Be 'pester-job1,pester-job2'
            }
            finally {
                $job | Remove-Job -Force -ErrorAction SilentlyContinue
            }
        }

        It 'reports a missing volume as a non-terminating ObjectNotFound error' {
            $missing = [guid]::NewGuid().ToString()
            $output = Invoke-ScpRestMethod virtualserver '/v1/volumes/{volume_id}' -PathParameters @{ volume_id = $missing } `
                -ErrorAction SilentlyContinue -ErrorVariable failures
            $reachedNextStatement = $true

            $reachedNextStatement | Should -BeTrue
            $output | Should -BeNullOrEmpty
            $failures.Count | Should -Be 1
            $failures[0].CategoryInfo.Category | Should -Be ([System.Management.Automation.ErrorCategory]::ObjectNotFound)
            $failures[0].FullyQualifiedErrorId | Should -BeLike 'Scp*,ScpStorage.Cmdlets.Rest.InvokeScpRestMethodCommand'
            $failures[0].Exception.Status | Should -Be 404
        }
    }

    Context 'Nothing configured' {
        BeforeAll {
            $variableNames = @(
                'SCP_ACCESS_KEY', 'SCP_SECRET_KEY', 'SCP_ACCOUNT_ID', 'SCP_REGION', 'SCP_ENVIRONMENT', 'SCP_ENDPOINT_URL',
                'SCP_PROFILE', 'SCP_AUTH_URL', 'SCP_AUTH_TOKEN', 'SCP_TF_ACCESS_KEY', 'SCP_TF_SECRET_KEY', 'SCP_TF_ACCOUNT_ID',
                'SCP_TF_DEFAULT_REGION', 'SCP_TF_ENDPOINT_OVERRIDE', 'SCP_TF_AUTH_URL', 'SCP_TF_AUTH_TOKEN', 'SCP_CONFIG_HOME'
            )
            $savedVariables = @{}
            foreach ($name in $variableNames) {
                $savedVariables[$name] = [Environment]::GetEnvironmentVariable($name)
                [Environment]::SetEnvironmentVariable($name, $null)
            }

            # An empty folder instead of the home folder: no ~/.scpconf files are read.
            $configHome = Join-Path ([System.IO.Path]::GetTempPath()) ('scp-pester-' + [guid]::NewGuid().ToString('N'))
            $null = New-Item -ItemType Directory -Path $configHome
            $env:SCP_CONFIG_HOME = $configHome

            Disconnect-ScpAccount
        }

        AfterAll {
            foreach ($name in $savedVariables.Keys) {
                [Environment]::SetEnvironmentVariable($name, $savedVariables[$name])
            }
            Remove-Item -LiteralPath $configHome -Recurse -Force -ErrorAction SilentlyContinue

            # Give the session back to the emulator for anything that runs after this block.
            $secret = ConvertTo-SecureString $demoSecret -AsPlainText -Force
            $null = Connect-ScpAccount -AccessKey $emu.AccessKey -SecretKey $secret -AccountId $emu.AccountId `
                -Region kr-west1 -Environment e -EndpointUrl $emu.EndpointUrl
        }

        It 'Connect-ScpAccount fails and says to set SCP_ACCESS_KEY' {
            { Connect-ScpAccount } | Should -Throw -ExpectedMessage '*SCP_ACCESS_KEY*'
        }

        It 'Get-ScpContext throws a configuration error that names SCP_ACCESS_KEY' {
            { Get-ScpContext } | Should -Throw -ExpectedMessage '*SCP_ACCESS_KEY*' -ErrorId 'ScpConfigurationIncomplete*'
        }

        It 'Invoke-ScpRestMethod stops before sending anything' {
            $before = @(Get-EmulatorRequest).Count
            { Invoke-ScpRestMethod virtualserver /v1/volume-types } | Should -Throw -ExpectedMessage '*SCP_SECRET_KEY*'
            @(Get-EmulatorRequest).Count | Should -Be $before
        }
    }

    Context 'Secret hygiene' {
        It '-Debug -Verbose output never contains the secret key' {
            $DebugPreference = 'Continue'        # effective on Windows PowerShell 5.1, where -Debug would prompt
            $ErrorActionPreference = 'Continue'  # CI hosts may default to Stop; the 404s below are expected
            $streams = @{ Verbose = $true }
            if ($debugSupported) { $streams['Debug'] = $true }

            $records = & {
                Get-ScpContext @streams
                Invoke-ScpRestMethod virtualserver /v1/volume-types @streams
                Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -Body @{ name = 'pester-secret'; size = 8 } -Confirm:$false @streams
                Invoke-ScpRestMethod virtualserver /v1/volumes/no-such-volume -ErrorAction Continue @streams
                $job = Invoke-ScpRestMethod virtualserver /v1/volumes/no-such-volume -AsJob @streams
                $null = $job | Wait-Job -Timeout 60
                $job | Receive-Job -ErrorAction Continue
                $job.ChildJobs | ForEach-Object { $_.Verbose; $_.Debug }
                $job | Remove-Job -Force
            } *>&1
            $text = ($records | ForEach-Object { "$_" }) -join [Environment]::NewLine

            $text | Should -Match 'SCP settings'           # the Debug stream was captured
            $text | Should -Match '/v1/volume-types'       # and the Verbose stream
            $text | Should -Not -Match $demoSecret
        }

        It 'Start-ScpEmulator -Verbose does not print the secret key' {
            # Restarts the shared emulator with -Verbose, so $emu is stale afterwards:
            # keep this test last in the Describe block.
            Stop-ScpEmulator
            $records = Start-ScpEmulator -TransitionDelayMilliseconds 0 -Verbose 4>&1
            $verbose = $records | Where-Object { $_ -is [System.Management.Automation.VerboseRecord] } | ForEach-Object Message

            $verbose | Should -Not -BeNullOrEmpty
            ($verbose -join [Environment]::NewLine) | Should -Not -Match $demoSecret
        }
    }
}
