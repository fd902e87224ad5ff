# An administrator's session over every bare metal block storage operation, through the
# module's cmdlets only. OperationCoverageTests runs it against the emulator and checks that
# each row of operations.tsv for baremetal-blockstorage was reached.
$ErrorActionPreference = 'Stop'
