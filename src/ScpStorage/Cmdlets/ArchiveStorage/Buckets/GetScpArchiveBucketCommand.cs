using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Buckets
{
    /// <summary>
    /// Lists archive buckets (all, by name with wildcards, by id, or whatever is piped). SCP's list
    /// has only id and name and cannot page, so each bucket is read in full (state, usage, source).
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpArchiveBucket", DefaultParameterSetName = List)]
    [OutputType(typeof(ScpArchiveBucket))]
    public sealed class GetScpArchiveBucketCommand : ScpGetCmdlet<ArchiveStorageClient, ScpArchiveBucket>
    {
        internal override ResourceKind<ArchiveStorageClient, ScpArchiveBucket> Kind => ArchiveStorageKinds.Bucket;

        /// <summary>Ids to read; -BucketId is accepted as an alias.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [Alias("BucketId")]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public override string[] Id { get => base.Id; set => base.Id = value; }

        protected override IEnumerable<ScpArchiveBucket> ListAll(ArchiveStorageClient client, string? serverName, int? serverFirst) =>
            client.ListBuckets(serverName, serverFirst, details: true, CancelToken);
    }
}
