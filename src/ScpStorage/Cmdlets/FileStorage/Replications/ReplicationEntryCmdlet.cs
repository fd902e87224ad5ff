using System;
using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage.Replications
{
    /// <summary>
    /// Set- and Remove-ScpFileReplication: replications piped from Get-ScpFileReplication, or
    /// -VolumeId with -Id; each one handed on with its source volume's id.
    /// </summary>
    public abstract class ReplicationEntryCmdlet : ScpWaitCmdlet
    {
        protected const string ByObject = "ByObject";
        protected const string ById = "ById";

        /// <summary>Replications from Get-ScpFileReplication.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true, Position = 0)]
        public ScpFileReplication[] InputObject { get; set; } = Array.Empty<ScpFileReplication>();

        /// <summary>The source volume of the replications.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.FileVolumeCompleter))]
        public string? VolumeId { get; set; }

        /// <summary>Ids of the replications.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("ReplicationId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>The replications of this input with their source volume; one that names none is an error for it.</summary>
        protected IEnumerable<(ScpFileReplication Replication, string VolumeId)> Replications()
        {
            foreach (var replication in ReplicationTargets.Resolve(this, InputObject, ParameterSetName == ById ? VolumeId : null, Id))
            {
                var volumeId = replication.VolumeId ?? VolumeId;
                if (string.IsNullOrEmpty(volumeId))
                    WriteError(Errors.ScpErrorRecords.InvalidArgument($"Replication {replication} does not name its source volume.", replication));
                else
                    yield return (replication, volumeId!);
            }
        }
    }
}
