using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Objects
{
    /// <summary>
    /// Deletes archived objects (every version of each). Each path is confirmed (High; -Force
    /// skips it); the confirmed paths of one bucket go to SCP in one request at the end of the
    /// pipeline. A path ending in / removes the folder and everything under it.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpArchiveObject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(void))]
    public sealed class RemoveScpArchiveObjectCommand : ScpWaitCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ByPath = "ByPath";
        private readonly Dictionary<string, (List<string> Paths, ScpArchiveObject? From)> _byBucket = new Dictionary<string, (List<string>, ScpArchiveObject?)>();

        /// <summary>Archived objects from Get-ScpArchiveObject.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public ScpArchiveObject[] InputObject { get; set; } = new ScpArchiveObject[0];

        /// <summary>The archive bucket.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByPath)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ArchiveBucketCompleter))]
        public string BucketId { get; set; } = "";

        /// <summary>Object keys to delete; a key ending in / is a folder.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByPath, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByPath) foreach (var p in Path) Confirm(BucketId, p, null);
            else foreach (var o in InputObject) Confirm(o.BucketId, o.ObjectName, o);
        }

        private void Confirm(string bucketId, string path, ScpArchiveObject? from)
        {
            if (!ShouldProcess($"{path} in archive bucket {bucketId}", "Remove archived object", Force)) return;
            if (!_byBucket.TryGetValue(bucketId, out var entry)) _byBucket[bucketId] = entry = (new List<string>(), from);
            if (!entry.Paths.Contains(path)) entry.Paths.Add(path);
        }

        protected override void EndProcessing()
        {
            foreach (var pair in _byBucket)
            {
                var bucketId = pair.Key;
                var paths = pair.Value.Paths.ToArray();
                Run(new ScpWorkItem($"Remove {paths.Length} archived object(s) from bucket {bucketId}", bucketId, async ctx =>
                {
                    var archive = new ArchiveStorageClient(ctx.Client);
                    await archive.DeleteObjectsAsync(bucketId, paths, ctx.CancellationToken).ConfigureAwait(false);
                    if (ctx.Wait != null) await archive.WaitForObjectsDeletedAsync(bucketId, paths, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
                }, pair.Value.From == null ? null : ConnectionFor(pair.Value.From)));
            }
            base.EndProcessing();
        }
    }
}
