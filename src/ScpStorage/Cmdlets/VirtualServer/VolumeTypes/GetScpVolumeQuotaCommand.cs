using System.Management.Automation;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.VirtualServer.VolumeTypes
{
    /// <summary>
    /// Shows the account's block storage quota set (volumes, snapshots, total GB, largest volume)
    /// with what is in use, so a script can check headroom before creating volumes or snapshots.
    /// </summary>
    [Cmdlet(VerbsCommon.Get, "ScpVolumeQuota")]
    [OutputType(typeof(ScpVolumeQuota))]
    public sealed class GetScpVolumeQuotaCommand : ScpCmdlet
    {
        protected override void ProcessRecord()
        {
            try { WriteObject(Invoke((c, ct) => new VirtualServerClient(c).GetVolumeQuotaAsync(ct))); }
            catch (Core.Errors.ScpRequestFailedException e) { WriteScpError(e, null); }
        }
    }
}
