using System.Management.Automation;
using ScpStorage.Session;

namespace ScpStorage.Cmdlets.Session
{
    /// <summary>Shows the settings calls would use now and where each came from; never the secret key.</summary>
    [Cmdlet(VerbsCommon.Get, "ScpContext")]
    [OutputType(typeof(ScpContext))]
    public sealed class GetScpContextCommand : ScpCmdlet
    {
        protected override void EndProcessing()
        {
            WriteObject(new ScpContext(Connection));
            base.EndProcessing();
        }
    }
}
