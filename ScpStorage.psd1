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
    FormatsToProcess     = @('ScpStorage.format.ps1xml', 'Formats/VirtualServer.format.ps1xml'
        'Formats/Backup.format.ps1xml')
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
        # Backup
        'Get-ScpBackup'
        'New-ScpBackup'
        'Set-ScpBackup'
        'Remove-ScpBackup'
        'Test-ScpBackupName'
        'Test-ScpBackupFilesystemPath'
        'Get-ScpBackupTarget'
        'Get-ScpBackupRegionRelationship'
        'Get-ScpBackupSchedule'
        'Set-ScpBackupSchedule'
        'Start-ScpBackupJob'
        'Get-ScpBackupJob'
        'Get-ScpBackupRecoveryPoint'
        'Remove-ScpBackupRecoveryPoint'
        'Get-ScpBackupFilesystemItem'
        'Restore-ScpBackup'
        'Get-ScpBackupRestoreJob'
        'Get-ScpBackupRestoreSubnet'
        'Get-ScpBackupRestoreTargetServer'
        'Test-ScpBackupRestoreServerName'
        'Get-ScpBackupAgent'
        'New-ScpBackupAgent'
        'Remove-ScpBackupAgent'
        'Get-ScpBackupAgentTarget'
        'Test-ScpBackupAgentConnection'
        'Get-ScpBackupAgentInstaller'
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
