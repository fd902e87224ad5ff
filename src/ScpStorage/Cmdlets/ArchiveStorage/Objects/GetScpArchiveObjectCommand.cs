using System.Linq;
using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Objects
{
    /// <summary>
    /// Lists the archived objects of a bucket, streaming page by page (SCP's marker and
    /// is_truncated): the first objects appear while later pages are still to come, -First stops
    /// after that many without asking for more, and Ctrl+C stops between pages. Every object
    /// carries its BucketId, so it pipes straight into Restore-, Remove-ScpArchiveObject and
    /// Get-ScpArchiveObjectVersion.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpArchiveObject")]
    [OutputType(typeof(ScpArchiveObject))]
    public sealed class GetScpArchiveObjectCommand : ArchiveReadCmdlet
    {
        /// <summary>Only objects under this folder (SCP's object_path), e.g. docs/; / is the whole bucket.</summary>
        [Parameter(Position = 0)]
        [ValidateNotNullOrEmpty]
        public string? Path { get; set; }

        /// <summary>Object names to match (SCP's object_name); wildcards are matched here, a plain name is sent to SCP.</summary>
        [Parameter]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        public string? Name { get; set; }

        /// <summary>Only files or only folders.</summary>
        [Parameter]
        [ValidateSet("FILE", "FOLDER", IgnoreCase = true)]
        public string? Type { get; set; }

        /// <summary>Stop after this many objects.</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        /// <summary>Objects fetched per request (1–1000; SCP's default is 200).</summary>
        [Parameter]
        [ValidateRange(1, ArchiveStorageClient.MaxPageSize)]
        public int PageSize { get; set; } = ArchiveStorageClient.DefaultObjectPageSize;

        protected override void ProcessRecord()
        {
            var pattern = Name != null && WildcardPattern.ContainsWildcardCharacters(Name) ? new WildcardPattern(Name, WildcardOptions.IgnoreCase) : null;
            var filter = new ArchiveObjectFilter { ObjectPath = Path, ObjectName = pattern == null ? Name : null, ObjectType = Type?.ToUpperInvariant() };
            var listed = Archive.ListObjects(BucketId, filter, PageSize, pattern == null ? First : null, CancelToken);
            if (pattern != null) listed = listed.Where(o => pattern.IsMatch(o.ObjectName));
            if (First.HasValue) listed = listed.Take(First.Value);
            RunListing(output => { foreach (var o in listed) output.Object(o); }, BucketId);
        }
    }
}
