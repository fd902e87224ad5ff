using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Objects
{
    /// <summary>Lists the versions of archived objects (newest first as SCP sends them); pipe objects from Get-ScpArchiveObject, or give -BucketId and -Path.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpArchiveObjectVersion", DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpArchiveObjectVersion))]
    public sealed class GetScpArchiveObjectVersionCommand : ScpCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ByPath = "ByPath";

        /// <summary>Archived objects from Get-ScpArchiveObject.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public ScpArchiveObject[] InputObject { get; set; } = new ScpArchiveObject[0];

        /// <summary>The archive bucket.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByPath)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.ArchiveBucketCompleter))]
        public string BucketId { get; set; } = "";

        /// <summary>The object's key, e.g. hello/my_file.txt.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByPath, Position = 0)]
        [ValidateNotNullOrEmpty]
        public string Path { get; set; } = "";

        /// <summary>Stop after this many versions (per object).</summary>
        [Parameter]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        /// <summary>Versions fetched per request (1–1000).</summary>
        [Parameter]
        [ValidateRange(1, ArchiveStorageClient.MaxPageSize)]
        public int PageSize { get; set; } = ArchiveStorageClient.DefaultPageSize;

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByPath) { List(BucketId, Path, null); return; }
            foreach (var o in InputObject) List(o.BucketId, o.ObjectName, o);
        }

        private void List(string bucketId, string path, ScpArchiveObject? from)
        {
            var listed = ClientOf<ArchiveStorageClient>(from).ListObjectVersions(bucketId, path, PageSize, First, CancelToken);
            RunListing(output => { foreach (var v in listed) output.Object(v); }, (object?)from ?? path);
        }
    }
}
