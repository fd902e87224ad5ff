using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Objects
{
    /// <summary>
    /// Copies archived objects (or one version of an object) back to an Object Storage bucket
    /// that must be named; nothing is reverted in place. Piped objects of one bucket go to SCP in
    /// one request at the end of the pipeline; each version is one request. Outputs the recovery
    /// job it started (found in the bucket's recovery history, since SCP's answer does not name
    /// it); -Wait returns it once it has ended. Confirmed (High) because -Overwrite replaces
    /// objects in the target bucket.
    /// </summary>
    [Cmdlet(VerbsData.Restore, "ScpArchiveObject", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.High, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpArchiveRecoveryJob))]
    public sealed class RestoreScpArchiveObjectCommand : ScpWaitCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ByPath = "ByPath";
        private const string ByVersion = "ByVersion";
        private readonly Dictionary<string, (List<(string Path, string Type)> Objects, ScpArchiveObject? From)> _byBucket =
            new Dictionary<string, (List<(string, string)>, ScpArchiveObject?)>();

        /// <summary>Archived objects from Get-ScpArchiveObject.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public ScpArchiveObject[] InputObject { get; set; } = new ScpArchiveObject[0];

        /// <summary>Object versions from Get-ScpArchiveObjectVersion (one recovery per version).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVersion, ValueFromPipeline = true)]
        public ScpArchiveObjectVersion[] Version { get; set; } = new ScpArchiveObjectVersion[0];

        /// <summary>The archive bucket (with -Path).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByPath)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ArchiveBucketCompleter))]
        public string BucketId { get; set; } = "";

        /// <summary>Keys of archived objects, or folders (ending in /) with -Type FOLDER.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByPath, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string[] Path { get; set; } = new string[0];

        /// <summary>FILE (default) or FOLDER, for -Path.</summary>
        [Parameter(ParameterSetName = ByPath)]
        [ValidateSet("FILE", "FOLDER", IgnoreCase = true)]
        public string Type { get; set; } = "FILE";

        /// <summary>The Object Storage bucket the objects are copied to.</summary>
        [Parameter(Mandatory = true)]
        [ValidateNotNullOrEmpty]
        public string TargetBucketName { get; set; } = "";

        /// <summary>Replace objects that already exist in the target bucket (without it they are kept and skipped).</summary>
        [Parameter]
        public SwitchParameter Overwrite { get; set; }

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case ByPath: foreach (var p in Path) Confirm(BucketId, p, Type.ToUpperInvariant(), null); break;
                case ByVersion: foreach (var v in Version) RestoreVersion(v); break;
                default: foreach (var o in InputObject) Confirm(o.BucketId, o.ObjectName, o.ObjectType ?? (o.ObjectName.EndsWith("/", StringComparison.Ordinal) ? "FOLDER" : "FILE"), o); break;
            }
        }

        private string Action => Overwrite ? $"Restore to Object Storage bucket '{TargetBucketName}', overwriting" : $"Restore to Object Storage bucket '{TargetBucketName}'";

        private void Confirm(string bucketId, string path, string type, ScpArchiveObject? from)
        {
            if (!ShouldProcess($"{path} in archive bucket {bucketId}", Action, Force)) return;
            if (!_byBucket.TryGetValue(bucketId, out var entry)) _byBucket[bucketId] = entry = (new List<(string, string)>(), from);
            if (!entry.Objects.Contains((path, type))) entry.Objects.Add((path, type));
        }

        private void RestoreVersion(ScpArchiveObjectVersion v)
        {
            if (!ShouldProcess($"version {v.ObjectVersionId} of {v.ObjectPath} in archive bucket {v.BucketId}", Action, Force)) return;
            var (target, overwrite) = (TargetBucketName, Overwrite.IsPresent);
            Run(new ScpWorkItem($"Restore {v}", v, ctx => Started(ctx, v.BucketId,
                new ArchiveStorageClient(ctx.Client).RecoverObjectVersionAsync(v.BucketId, target, v.ObjectPath, v.ObjectVersionId, overwrite, null, ctx.CancellationToken)),
                ConnectionFor(v)));
        }

        protected override void EndProcessing()
        {
            var (target, overwrite) = (TargetBucketName, Overwrite.IsPresent);
            foreach (var pair in _byBucket)
            {
                var bucketId = pair.Key;
                var objects = pair.Value.Objects.ToArray();
                Run(new ScpWorkItem($"Restore {objects.Length} archived object(s) of bucket {bucketId}", bucketId, ctx => Started(ctx, bucketId,
                    new ArchiveStorageClient(ctx.Client).RecoverObjectsAsync(bucketId, target, objects, overwrite, null, ctx.CancellationToken)),
                    pair.Value.From == null ? null : ConnectionFor(pair.Value.From)));
            }
            base.EndProcessing();
        }

        /// <summary>Writes the recovery job that was started (waited on with -Wait), or a warning when it did not show up in the history.</summary>
        private static async System.Threading.Tasks.Task Started(ScpWorkContext ctx, string bucketId, System.Threading.Tasks.Task<ScpArchiveRecoveryJob?> start)
        {
            var job = await start.ConfigureAwait(false);
            if (job == null)
            {
                ctx.Output.Log(new Core.Logging.ScpLogEvent(Core.Logging.ScpLogLevel.Warning, $"The recovery was accepted but has not appeared in the recovery history of bucket {bucketId} yet; see Get-ScpArchiveRecoveryJob -BucketId {bucketId}."));
                return;
            }
            if (ctx.Wait != null)
                job = await new ArchiveStorageClient(ctx.Client).WaitForRecoveryJobAsync(bucketId, job.Id, false, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false);
            ctx.Output.Object(job);
        }
    }
}
