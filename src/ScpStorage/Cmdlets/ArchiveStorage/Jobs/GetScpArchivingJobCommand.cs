using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>Lists a bucket's archiving runs (SCP's archiving history) in a time window, or reads runs by -Id.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpArchivingJob")]
    [OutputType(typeof(ScpArchivingJob))]
    public sealed class GetScpArchivingJobCommand : ArchiveJobGetCmdlet<ScpArchivingJob>
    {
        internal override ArchiveJobKind<ScpArchivingJob> Job => ArchiveJobKinds.Archiving;
    }
}
