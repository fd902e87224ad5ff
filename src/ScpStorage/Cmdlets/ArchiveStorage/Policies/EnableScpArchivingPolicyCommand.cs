using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Policies
{
    /// <summary>Sets archiving policies ACTIVE (SCP's SetArchivingPolicyState) and returns them as they are now.</summary>
    [Cmdlet(VerbsLifecycle.Enable, "ScpArchivingPolicy", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium, DefaultParameterSetName = ByObject)]
    [OutputType(typeof(ScpArchivingPolicy))]
    public sealed class EnableScpArchivingPolicyCommand : ArchivingPolicyStateCmdlet
    {
        private protected override bool Active => true;
    }
}
