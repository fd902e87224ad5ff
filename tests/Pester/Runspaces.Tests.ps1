<#
    ScpStorage in other runspaces of real pwsh: Start-ThreadJob (the Microsoft.PowerShell.ThreadJob
    module that pwsh ships) and ForEach-Object -Parallel. Each runspace has its own ScpStorage
    session, so a script connects in each one (or relies on SCP_* variables or profile files).
    The engine tests in tests/ScpStorage.Tests/Output/RunspaceTests.cs cover ForEach-Object -Parallel.
#>

Describe 'ScpStorage in thread jobs and parallel runspaces' {
    BeforeAll {
        $manifestPath = & "$PSScriptRoot/ModuleUnderTest.ps1"
        Import-Module $manifestPath -Force -ErrorAction Stop
        $emu = Start-ScpEmulator -TransitionDelayMilliseconds 100 -ErrorAction Stop
        $secret = ConvertTo-SecureString 'demo-secret-key' -AsPlainText -Force
        # What each runspace runs first: the module and its own connection.
        # (As text: -Parallel does not take script blocks through $using:.)
        $connect = {
            param($Manifest, $Emulator, $Secret)
            Import-Module $Manifest
            $null = Connect-ScpAccount -AccessKey $Emulator.AccessKey -SecretKey $Secret -AccountId $Emulator.AccountId `
                -Region kr-west1 -Environment e -EndpointUrl $Emulator.EndpointUrl
        }.ToString()
    }

    AfterAll {
        Stop-ScpEmulator -ErrorAction SilentlyContinue
    }

    It 'a thread job that connects itself reads volumes and runs an -AsJob job to completion' {
        $null = New-ScpVolume -Name tj-vol -SizeGB 8 -Wait
        $job = Start-ThreadJob {
            & ([scriptblock]::Create($using:connect)) $using:manifestPath $using:emu $using:secret
            (Get-ScpVolume -Name tj-vol).Name
            $inner = 'tj-job-1', 'tj-job-2' | ForEach-Object { @{ name = $_; size = 8 } } |
                Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -AsJob -Confirm:$false
            $null = $inner | Wait-Job -Timeout 60
            "$($inner.State)"
            ($inner | Receive-Job).name | Sort-Object
            $inner | Remove-Job
        }
        try {
            $output = $job | Wait-Job -Timeout 120 | Receive-Job -ErrorAction Stop
            $output | Should -Be @('tj-vol', 'Completed', 'tj-job-1', 'tj-job-2')
            @(Get-ScpVolume -Name tj-job-*).Count | Should -Be 2
        }
        finally { $job | Remove-Job -Force }
    }

    It 'a thread job without its own connection says what to set' {
        # No ~/.scpconf of the machine's user to fall back on (SCP_* variables are not set in the tests).
        $savedHome = $env:SCP_CONFIG_HOME
        $env:SCP_CONFIG_HOME = Join-Path ([System.IO.Path]::GetTempPath()) ('scp-pester-' + [guid]::NewGuid().ToString('N'))
        $job = Start-ThreadJob { Import-Module $using:manifestPath; Get-ScpVolume -Name tj-none }
        try {
            $null = $job | Wait-Job -Timeout 60
            $null = $job | Receive-Job -ErrorAction SilentlyContinue -ErrorVariable errors
            ($errors | Out-String) + "$($job.JobStateInfo.Reason)" | Should -Match 'SCP_ACCESS_KEY'
        }
        finally { $job | Remove-Job -Force; $env:SCP_CONFIG_HOME = $savedHome }
    }

    It 'an -AsJob job can be received in a thread job' {
        $job = @{ name = 'tj-handoff'; size = 8 } | Invoke-ScpRestMethod virtualserver /v1/volumes -Method POST -AsJob -Confirm:$false
        $reader = Start-ThreadJob { $using:job | Wait-Job -Timeout 60 | Receive-Job | ForEach-Object name }
        try {
            $reader | Wait-Job -Timeout 90 | Receive-Job | Should -Be 'tj-handoff'
        }
        finally { $reader, $job | Remove-Job -Force }
    }

    It 'ForEach-Object -Parallel runspaces that connect themselves create volumes' {
        $states = 'par-a', 'par-b' | ForEach-Object -Parallel {
            & ([scriptblock]::Create($using:connect)) $using:manifestPath $using:emu $using:secret
            (New-ScpVolume -Name $_ -SizeGB 8 -Wait).State
        } -ThrottleLimit 2
        $states | Should -Be @('available', 'available')
        @(Get-ScpVolume -Name par-*).Count | Should -Be 2
    }
}
