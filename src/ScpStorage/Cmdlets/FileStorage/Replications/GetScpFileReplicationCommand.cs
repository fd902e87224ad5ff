using System;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.FileStorage;

namespace ScpStorage.Cmdlets.FileStorage.Replications
{
    /// <summary>
    /// Lists the replications of File Storage volumes (ListVolumeReplications), or reads one with
    /// -Id (ShowVolumeReplication: name, policy and status too; SCP needs the source volume id
    /// with it). Without a volume, every volume's replications.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpFileReplication", DefaultParameterSetName = ByVolume)]
    [OutputType(typeof(ScpFileReplication))]
    public sealed class GetScpFileReplicationCommand : FileChildReaderCmdlet
    {
        /// <summary>Replication ids to read (each with ShowVolumeReplication); needs the volume.</summary>
        [Parameter]
        [Alias("ReplicationId")]
        [ValidateNotNullOrEmpty]
        public string[]? Id { get; set; }

        protected override void ProcessRecord()
        {
            foreach (var volume in Volumes())
            {
                var client = ClientOf<FileStorageClient>(volume);
                if (Id == null)
                {
                    ResourceTargets.WriteMatching(this, FileStorageKinds.Replication, client.ListReplications(volume.Id, CancelToken), r => r.Id, null, null, volume);
                    continue;
                }
                foreach (var id in Id)
                    ResourceTargets.WriteOne(this, FileStorageKinds.Replication, id, (c, ct) => c.GetReplicationAsync(volume.Id, id, ct), ConnectionFor(volume));
            }
        }
    }
}
