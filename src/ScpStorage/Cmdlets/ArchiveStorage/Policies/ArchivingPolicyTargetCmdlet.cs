using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Policies
{
    /// <summary>The target shape of Set-, Enable-, Disable-ScpArchivingPolicy: piped policies as they are, or -BucketId with -Id (read first).</summary>
    public abstract class ArchivingPolicyTargetCmdlet : ScpJobCmdlet
    {
        protected const string ByObject = "ByObject";
        protected const string ById = "ById";

        /// <summary>Policies from Get-ScpArchivingPolicy.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public ScpArchivingPolicy[] InputObject { get; set; } = new ScpArchivingPolicy[0];

        /// <summary>The archive bucket of the policy.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ArchiveBucketCompleter))]
        public string BucketId { get; set; } = "";

        /// <summary>Policy ids (SCH-…).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>The policies this input names; an id that cannot be read is an error for that id only.</summary>
        protected IEnumerable<ScpArchivingPolicy> Targets()
        {
            if (ParameterSetName == ByObject) { foreach (var p in InputObject) yield return p; yield break; }
            var archive = Client<ArchiveStorageClient>();
            foreach (var id in Id)
            {
                ScpArchivingPolicy? policy = null;
                try { policy = InvokeCall(ct => archive.GetPolicyAsync(BucketId, id, ct)); }
                catch (Core.Errors.ScpRequestFailedException e) when (e.Status == 404) { WriteError(Errors.ScpErrorRecords.NotFound("archiving policy", id, ArchiveStorageClient.ServiceName)); }
                catch (Core.Errors.ScpRequestFailedException e) { WriteScpError(e, id); }
                if (policy != null) yield return policy;
            }
        }
    }
}
