# File Storage journey: grows as its cmdlets land (see filestorage.pending).
$ErrorActionPreference = 'Stop'
'journey complete'
