using System.Management.Automation;
using ScpStorage.Core.ArchiveStorage;

namespace ScpStorage.Cmdlets.ArchiveStorage.Jobs
{
    /// <summary>Lists a bucket's recoveries to Object Storage (SCP's recovery history) in a time window, or reads them by -Id.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpArchiveRecoveryJob")]
    [OutputType(typeof(ScpArchiveRecoveryJob))]
    public sealed class GetScpArchiveRecoveryJobCommand : ArchiveJobGetCmdlet<ScpArchiveRecoveryJob>
    {
        internal override ArchiveJobKind<ScpArchiveRecoveryJob> Job => ArchiveJobKinds.Recovery;
    }
}
