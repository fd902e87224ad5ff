# An administrator's session over every Archive Storage operation, through the module's
# cmdlets only. OperationCoverageTests runs it against the emulator and checks that each row of
# operations.tsv for archivestorage was reached (the ones not reached yet: archivestorage.pending).
$ErrorActionPreference = 'Stop'
