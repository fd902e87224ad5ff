using System.Management.Automation;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.BareMetalBlockStorage
{
    /// <summary>
    /// Operations newer than the session's pinned API version (QoS from 1.2, recoveries from 1.1)
    /// stop the cmdlet in BeginProcessing/ProcessRecord, before any request or confirmation.
    /// </summary>
    internal static class BmVersions
    {
        public static void Require(Cmdlet cmdlet, string? refusal)
        {
            if (refusal != null) cmdlet.ThrowTerminatingError(ScpErrorRecords.InvalidOperation("ScpApiVersionTooOld", refusal, null));
        }
    }
}
