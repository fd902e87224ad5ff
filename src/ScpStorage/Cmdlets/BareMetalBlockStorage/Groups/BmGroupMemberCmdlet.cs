using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Cmdlets.Shared;
using ScpStorage.Core.BareMetalBlockStorage;
using ScpStorage.Execution;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Groups
{
    /// <summary>
    /// Add- and Remove-ScpBmVolumeGroupMember: the group by object, id or name; the volumes piped
    /// (or by -VolumeId), collected and sent in one request (SCP's body takes a list).
    /// </summary>
    public abstract class BmGroupMemberCmdlet : ScpWaitCmdlet
    {
        private const string ByObject = "ByObject";
        private const string ByVolumeId = "ByVolumeId";
        private readonly List<ScpBmVolume> _volumes = new List<ScpBmVolume>();

        /// <summary>The group: an object from Get-ScpBmVolumeGroup, its id or its name.</summary>
        [Parameter(Mandatory = true, Position = 0)]
        [ValidateNotNull]
        [ArgumentCompleter(typeof(BmVolumeGroupCompleter))]
        public PSObject VolumeGroup { get; set; } = null!;

        /// <summary>Volumes from Get-ScpBmVolume (piped ones are batched).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public ScpBmVolume[] Volume { get; set; } = new ScpBmVolume[0];

        [Parameter(Mandatory = true, ParameterSetName = ByVolumeId)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(BmVolumeCompleter))]
        public string[] VolumeId { get; set; } = new string[0];

        /// <summary>"Add" or "Remove", for messages.</summary>
        internal abstract string Verb { get; }

        internal abstract System.Threading.Tasks.Task Change(BareMetalBlockStorageClient bm, string groupId, string[] ids, System.Threading.CancellationToken ct);

        protected override void ProcessRecord()
        {
            if (ParameterSetName == ByObject) _volumes.AddRange(Volume.Where(v => v != null));
        }

        protected override void EndProcessing()
        {
            Apply();
            base.EndProcessing();
        }

        private void Apply()
        {
            var ids = (ParameterSetName == ByVolumeId ? VolumeId : _volumes.Select(v => v.Id)).Distinct().ToArray();
            if (ids.Length == 0) return;
            var group = ResourceTargets.Piped(this, BareMetalBlockStorageKinds.VolumeGroup, VolumeGroup, takesNames: true).ToList();
            if (group.Count != 1)
            {
                if (group.Count > 1) WriteError(Errors.ScpErrorRecords.InvalidArgument($"-VolumeGroup names {group.Count} groups; name exactly one.", VolumeGroup));
                return;
            }
            var g = group[0];
            var names = ParameterSetName == ByVolumeId ? string.Join(", ", ids) : string.Join(", ", _volumes.Select(v => v.ToString()));
            if (!ShouldProcess($"volume group {g}", $"{Verb} member volume(s) {names}")) return;
            var (groupId, groupName) = (g.Id, g.Name);
            Run(new ScpWorkItem($"{Verb} members of volume group {g}", g, async ctx =>
            {
                var bm = new BareMetalBlockStorageClient(ctx.Client);
                await Change(bm, groupId, ids, ctx.CancellationToken).ConfigureAwait(false);
                ctx.Output.Object(ctx.Wait != null
                    ? await bm.WaitForVolumeGroupAsync(groupId, groupName, ctx.Wait, ctx.Progress, ctx.CancellationToken).ConfigureAwait(false)
                    : await bm.GetVolumeGroupAsync(groupId, ctx.CancellationToken).ConfigureAwait(false));
            }, ConnectionFor(g)));
        }
    }
}
