@{
    RootModule           = 'ScpStorage.dll'
    ModuleVersion        = '0.1.0'
    CompatiblePSEditions = @('Desktop', 'Core')
    GUID                 = '5b0e8d2e-3c5f-4a52-9d0e-6f1f2b7c9a41'
    Author               = 'ScpStorage contributors'
    CompanyName          = 'ScpStorage'
    Copyright            = '(c) ScpStorage contributors. All rights reserved.'
    Description          = 'Manage Samsung Cloud Platform (SCP) Virtual Server block storage (volumes, snapshots, volume types, transfers, server attachments) through the signed SCP OpenAPI; Invoke-ScpRestMethod reaches every other SCP storage operation. Includes a local SCP emulator.'
    PowerShellVersion    = '5.1'
    DotNetFrameworkVersion = '4.7.2'
    FormatsToProcess     = @('ScpStorage.format.ps1xml', 'Formats/VirtualServer.format.ps1xml', 'Formats/ArchiveStorage.format.ps1xml')
    TypesToProcess       = @('ScpStorage.types.ps1xml')
    CmdletsToExport      = @(
        # Session and tools
        'Connect-ScpAccount'
        'Disconnect-ScpAccount'
        'Get-ScpContext'
        'Set-ScpRetryPolicy'
        'Set-ScpApiVersion'
        'Invoke-ScpRestMethod'
        'Start-ScpEmulator'
        'Stop-ScpEmulator'
        # Virtual Server block storage
        'Get-ScpVolume'
        'New-ScpVolume'
        'Set-ScpVolume'
        'Resize-ScpVolume'
        'Remove-ScpVolume'
        'Mount-ScpVolume'
        'Dismount-ScpVolume'
        'Get-ScpVolumeSnapshot'
        'New-ScpVolumeSnapshot'
        'Set-ScpVolumeSnapshot'
        'Remove-ScpVolumeSnapshot'
        'Restore-ScpSnapshot'
        'Get-ScpVolumeType'
        'Get-ScpVolumeQuota'
        'Get-ScpVolumeTransfer'
        'New-ScpVolumeTransfer'
        'Remove-ScpVolumeTransfer'
        'Receive-ScpVolumeTransfer'
        'Get-ScpServer'
        'Get-ScpServerVolume'
        'Add-ScpServerVolume'
        'Set-ScpServerVolume'
        'Remove-ScpServerVolume'
        # Archive Storage
        'Get-ScpArchiveBucket'
        'New-ScpArchiveBucket'
        'Remove-ScpArchiveBucket'
        'Get-ScpArchiveBucketEncryption'
        'Set-ScpArchiveBucketEncryption'
        'Get-ScpArchiveBucketVersioning'
        'Set-ScpArchiveBucketVersioning'
        'Get-ScpArchiveObject'
        'Remove-ScpArchiveObject'
        'Restore-ScpArchiveObject'
        'Get-ScpArchiveObjectVersion'
        'Remove-ScpArchiveObjectVersion'
        'Get-ScpArchivingPolicy'
        'New-ScpArchivingPolicy'
        'Set-ScpArchivingPolicy'
        'Enable-ScpArchivingPolicy'
        'Disable-ScpArchivingPolicy'
        'Get-ScpArchivingJob'
        'Stop-ScpArchivingJob'
        'Get-ScpArchiveRecoveryJob'
        'Stop-ScpArchiveRecoveryJob'
    )
    FunctionsToExport    = @()
    VariablesToExport    = @()
    AliasesToExport      = @()
    PrivateData          = @{
        PSData = @{
            Tags         = @('SCP', 'SamsungCloudPlatform', 'Storage', 'BlockStorage', 'FileStorage', 'Backup', 'PSEdition_Desktop', 'PSEdition_Core', 'Windows', 'Linux', 'MacOS')
            ProjectUri   = ''
            ReleaseNotes = 'See docs/design.md and the README.'
        }
    }
}
