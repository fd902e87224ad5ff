using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Objects
{
    /// <summary>
    /// Deletes versions of archived objects. Each version is confirmed (High; -Force skips it);
    /// the confirmed versions of one object go to SCP in one request at the end of the pipeline.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpArchiveObjectVersion", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpArchiveObjectVersionCommand : ScpWaitCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ById = "ById";
        private readonly Dictionary<(string Bucket, string Path), (List<string> Versions, ScpArchiveObjectVersion? From)> _byObject =
            new Dictionary<(string, string), (List<string>, ScpArchiveObjectVersion?)>();

        /// <summary>Versions from Get-ScpArchiveObjectVersion.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public ScpArchiveObjectVersion[] InputObject { get; set; } = new ScpArchiveObjectVersion[0];

        /// <summary>The archive bucket.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ArchiveBucketCompleter))]
        public string BucketId { get; set; } = "";

        /// <summary>The object's key.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        /// <summary>Version ids of that object to delete.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ById, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[] VersionId { get; set; } = new string[0];

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ById) foreach (var v in VersionId) Confirm(BucketId, Path, v, null);
            else foreach (var v in InputObject) Confirm(v.BucketId, v.ObjectPath, v.ObjectVersionId, v);
        }

        private void Confirm(string bucketId, string path, string version, ScpArchiveObjectVersion? from)
        {
            if (!ShouldProcess($"version {version} of {path} in archive bucket {bucketId}", "Remove archived object version", Force)) return;
            if (!_byObject.TryGetValue((bucketId, path), out var entry)) _byObject[(bucketId, path)] = entry = (new List<string>(), from);
            if (!entry.Versions.Contains(version)) entry.Versions.Add(version);
        }

        protected override void EndProcessing()
        {
            foreach (var pair in _byObject)
            {
                var (bucketId, path) = pair.Key;
                var versions = pair.Value.Versions.ToArray();
                Run(new ScpWorkItem($"Remove {versions.Length} version(s) of {path}", path, async ctx =>
                {
                    var archive = new ArchiveStorageClient(ctx.Client);
                    await archive.DeleteObjectVersionsAsync(bucketId, path, versions, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await archive.WaitForVersionsDeletedAsync(bucketId, path, versions, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, pair.Value.From == null ? null : ConnectionFor(pair.Value.From)));
            }
            base.EndProcessing();
        }
    }
}
