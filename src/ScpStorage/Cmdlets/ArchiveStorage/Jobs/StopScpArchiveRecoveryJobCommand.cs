using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>Cancels running recoveries (SCP's CancelRecovery; 409 when the recovery has already ended).</summary>
    [Cmdlet(VerbsLifecycle.Stop, "ScpArchiveRecoveryJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ScpArchiveRecoveryJob))]
    public sealed class StopScpArchiveRecoveryJobCommand : ArchiveJobStopCmdlet<ScpArchiveRecoveryJob>
    {
        internal override ArchiveJobKind<ScpArchiveRecoveryJob> Job => ArchiveJobKinds.Recovery;
    }
}
