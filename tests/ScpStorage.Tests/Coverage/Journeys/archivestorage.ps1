# An administrator's session over every Archive Storage operation, through the module's
# cmdlets only. OperationCoverageTests runs it against the emulator and checks that each row of
# operations.tsv for archivestorage was reached. Objects enter an archive bucket only through an
# archiving policy from Object Storage (SCP has no upload), so the emulator's admin routes stand
# in for Object Storage and for SCP's policy schedule; they are not SCP operations.
$ErrorActionPreference = 'Stop'
$endpoint = ([uri]((Get-ScpContext).EndpointUrl -replace '\{service\}', 'x')).GetLeftPart('Authority')
$admin = "$endpoint/_emulator/archivestorage"
function Invoke-EmulatorAdmin($Method, $Path, $Body) {
    Invoke-RestMethod -Method $Method -Uri "$admin$Path" -ContentType 'application/json' -Body ($Body | ConvertTo-Json -Depth 5)
}
$null = Invoke-EmulatorAdmin Put '/obs/cov-src/objects' @{ objects = @(
    @{ key = 'docs/a.txt'; size = 10; age_days = 30 }, @{ key = 'docs/b.txt'; size = 20; age_days = 30 }, @{ key = 'top.txt'; size = 5; age_days = 30 }) }
$null = Invoke-EmulatorAdmin Put '/obs/cov-target/objects' @{ objects = @() }

# Buckets and their settings
$bucket = New-ScpArchiveBucket -Name cov-archive -Tag @{ team = 'ops' }
$bucket = Get-ScpArchiveBucket -Name cov-archive
$null = $bucket | Set-ScpArchiveBucketVersioning -Enabled $true
$null = $bucket | Get-ScpArchiveBucketVersioning
$null = $bucket | Set-ScpArchiveBucketEncryption -Enabled $true
$null = $bucket | Get-ScpArchiveBucketEncryption

# An archiving policy from Object Storage
$policy = $bucket | New-ScpArchivingPolicy -SourceBucketName cov-src -ObjectLifecycle 1
$null = $bucket | Get-ScpArchivingPolicy
$policy = $policy | Set-ScpArchivingPolicy -ObjectLifecycle 2
$policy = Get-ScpArchivingPolicy -BucketId $bucket.Id -Id $policy.Id

# Two archiving runs (versioning is on, so each key gets two versions); wait until both ended
1..2 | ForEach-Object { $null = Invoke-RestMethod -Method Post -Uri "$admin/run-archiving?bucket_id=$($bucket.Id)" }
do { $runs = @($bucket | Get-ScpArchivingJob -After (Get-Date).AddHours(-1)) } until (@($runs | Where-Object EndAt).Count -eq 2)
$null = Get-ScpArchivingJob -BucketId $bucket.Id -Id $runs[0].Id

# Runs held open by the emulator are stopped: an archiving run, then a recovery
$null = Invoke-EmulatorAdmin Put '/run-delay' @{ ms = 600000 }
$run = Invoke-RestMethod -Method Post -Uri "$admin/run-archiving?bucket_id=$($bucket.Id)"
$null = Stop-ScpArchivingJob -BucketId $bucket.Id -Id $run.id -Wait
$objects = $bucket | Get-ScpArchiveObject -Path docs/
$recovery = $objects | Restore-ScpArchiveObject -TargetBucketName cov-target -Force
$null = $recovery | Stop-ScpArchiveRecoveryJob -Wait
$null = Invoke-RestMethod -Method Delete -Uri "$admin/run-delay"

# Recover an older version, look at the history
$versions = $objects[0] | Get-ScpArchiveObjectVersion
$null = $versions[-1] | Restore-ScpArchiveObject -TargetBucketName cov-target -Overwrite -Force -Wait
$null = $bucket | Get-ScpArchiveRecoveryJob
$null = Get-ScpArchiveRecoveryJob -BucketId $bucket.Id -Id $recovery.Id

# Remove a version, every object, stop the policy (SCP cannot delete one), then the bucket
$versions[-1] | Remove-ScpArchiveObjectVersion -Force -Wait
$bucket | Get-ScpArchiveObject | Remove-ScpArchiveObject -Force -Wait
$null = $policy | Disable-ScpArchivingPolicy
$null = $policy | Enable-ScpArchivingPolicy
$null = $policy | Disable-ScpArchivingPolicy
$bucket | Remove-ScpArchiveBucket -Force -Wait
