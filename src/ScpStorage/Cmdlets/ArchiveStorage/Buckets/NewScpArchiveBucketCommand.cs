using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.ArchiveStorage.Buckets
{
    /// <summary>Creates an archive bucket and returns it as SCP shows it (the create answer holds only the id).</summary>
    [Cmdlet(VerbsCommon.New, "ScpArchiveBucket", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ScpArchiveBucket))]
    public sealed class NewScpArchiveBucketCommand : ScpJobCmdlet
    {
        /// <summary>The bucket's name (SCP documents no pattern; it must be unique).</summary>
        [Parameter(Mandatory = true, Position = 0, ValueFromPipelineByPropertyName = true)]
        [ValidateNotNullOrEmpty]
        [ValidateLength(1, 255)]
        public string Name { get; set; } = "";

        /// <summary>Tags as a hashtable (keys of 1–128 characters; values may be empty).</summary>
        [Parameter(ValueFromPipelineByPropertyName = true)]
        public Hashtable? Tag { get; set; }

        protected override void ProcessRecord()
        {
            var tags = Tag?.Cast<DictionaryEntry>().ToDictionary(e => e.Key?.ToString() ?? "", e => e.Value?.ToString());
            if (tags != null && tags.Keys.Any(k => k.Length == 0 || k.Length > 128))
            {
                WriteError(Errors.ScpErrorRecords.InvalidArgument("Every tag key must have 1 to 128 characters.", Tag));
                return;
            }
            if (!ShouldProcess(Name, "Create archive bucket")) return;
            var name = Name;
            Run(new ScpWorkItem($"Create archive bucket {name}", name, async ctx =>
                ctx.Output.Object(await new ArchiveStorageClient(ctx.Client).CreateBucketAsync(name, tags, ctx.CancellationToken).ConfigureAwait(false))));
        }
    }
}
