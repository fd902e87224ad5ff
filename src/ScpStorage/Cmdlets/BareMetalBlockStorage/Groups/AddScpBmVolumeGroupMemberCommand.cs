using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Groups
{
    /// <summary>Adds volumes to a volume group (Add Volume Group Member on Volume Group).</summary>
    [Cmdlet(VerbsCommon.Add, "ScpBmVolumeGroupMember", SupportsShouldProcess = true, DefaultParameterSetName = "ByObject")]
    [OutputType(typeof(ScpBmVolumeGroup))]
    public sealed class AddScpBmVolumeGroupMemberCommand : BmGroupMemberCmdlet
    {
        internal override string Verb => "Add";
        internal override System.Threading.Tasks.Task Change(BareMetalBlockStorageClient bm, string groupId, string[] ids, System.Threading.CancellationToken ct) =>
            bm.AddVolumeGroupMembersAsync(groupId, ids, ct);
    }
}
