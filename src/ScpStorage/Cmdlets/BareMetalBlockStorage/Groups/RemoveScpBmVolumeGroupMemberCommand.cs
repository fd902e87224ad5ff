using System.Management.Automation;
using ScpStorage.Core.BareMetalBlockStorage;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage.Groups
{
    /// <summary>
    /// Removes volumes from a volume group (Remove Volume Group Member on Volume Group). SCP has
    /// no operation that deletes a group; removing every member leaves an empty group.
    /// </summary>
    [Cmdlet(VerbsCommon.Remove, "ScpBmVolumeGroupMember", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = "ByObject")]
    [OutputType(typeof(ScpBmVolumeGroup))]
    public sealed class RemoveScpBmVolumeGroupMemberCommand : BmGroupMemberCmdlet
    {
        internal override string Verb => "Remove";
        internal override System.Threading.Tasks.Task Change(BareMetalBlockStorageClient bm, string groupId, string[] ids, System.Threading.CancellationToken ct) =>
            bm.RemoveVolumeGroupMembersAsync(groupId, ids, ct);
    }
}
