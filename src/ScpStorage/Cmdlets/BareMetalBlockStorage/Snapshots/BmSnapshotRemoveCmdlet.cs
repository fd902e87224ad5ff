using System.Management.Automation;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Snapshots
{
    /// <summary>
    /// Remove- for both bare metal snapshot kinds (of a volume, of a volume group): piped
    /// snapshots, or the parent's id with -Id. SCP's path needs both ids; the kinds differ only in
    /// the parent parameter, the words and the operation.
    /// </summary>
    public abstract class BmSnapshotRemoveCmdlet<TSnapshot> : ScpJobCmdlet where TSnapshot : ScpResource
    {
        protected const string ByObject = "ByObject";
        protected const string ById = "ById";

        /// <summary>Snapshots from the matching Get- cmdlet.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public TSnapshot[] InputObject { get; set; } = new TSnapshot[0];

        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [Alias("SnapshotId")]
        [ValidateNotNullOrEmpty]
        public string[] Id { get; set; } = new string[0];

        /// <summary>Do not ask for confirmation.</summary>
        [Parameter]
        public SwitchParameter Force { get; set; }

        /// <summary>The parent id given with -Id (-VolumeId or -VolumeGroupId).</summary>
        protected abstract string ParentIdParameter { get; }

        /// <summary>A piped snapshot's parent id and own id.</summary>
        protected abstract (string ParentId, string Id) IdsOf(TSnapshot snapshot);

        /// <summary>"volume" or "volume group", for the confirmation text.</summary>
        protected abstract string ParentNoun { get; }

        /// <summary>"snapshot" or "group snapshot".</summary>
        protected abstract string SnapshotNoun { get; }

        protected abstract Task DeleteAsync(BareMetalBlockStorageClient bm, string parentId, string snapshotId, CancellationToken ct);

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ById) foreach (var id in Id) Remove(ParentIdParameter, id, id, null);
            else foreach (var s in InputObject) { var (parent, id) = IdsOf(s); Remove(parent, id, s.ToString(), s); }
        }

        private void Remove(string parentId, string snapshotId, string display, TSnapshot? from)
        {
            if (!ShouldProcess($"snapshot {display} of {ParentNoun} {parentId}", "Remove " + SnapshotNoun, Force)) return;
            Run(new ScpWorkItem($"Remove {SnapshotNoun} {display}", from ?? (object)snapshotId, ctx =>
                DeleteAsync(new BareMetalBlockStorageClient(ctx.Client), parentId, snapshotId, ctx.CancellationToken),
                from == null ? null : ConnectionFor(from)));
        }
    }
}
