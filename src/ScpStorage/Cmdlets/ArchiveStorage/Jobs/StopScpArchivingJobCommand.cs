using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>Cancels running archiving runs (SCP's CancelArchiving; 409 when the run has already ended).</summary>
    [Cmdlet(VerbsLifecycle.Stop, "ScpArchivingJob", SupportsShouldProcess = true, ConfirmImpact = ConfirmImpact.Medium)]
    [OutputType(typeof(ScpArchivingJob))]
    public sealed class StopScpArchivingJobCommand : ArchiveJobStopCmdlet<ScpArchivingJob>
    {
        internal override ArchiveJobKind<ScpArchivingJob> Job => ArchiveJobKinds.Archiving;
    }
}
