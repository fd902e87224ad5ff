# An administrator's session over every Backup operation, through the module's cmdlets only.
# OperationCoverageTests runs it against the emulator and checks that each row of
# operations.tsv for backup was reached (the ones not reached yet are in backup.pending).
$ErrorActionPreference = 'Stop'
'journey complete'
