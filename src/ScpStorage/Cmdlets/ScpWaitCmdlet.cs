using System;
using System.Management.Automation;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Cmdlets
{
    /// <summary>
    /// Base of cmdlets that start asynchronous SCP operations: adds -Wait/-Timeout, which wait
    /// (with Write-Progress) until the resource settles and return it in its final state.
    /// </summary>
    public abstract class ScpWaitCmdlet : ScpJobCmdlet
    {
        /// <summary>Wait until the operation has finished and return the resource in its final state.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>Seconds to wait with -Wait before giving up (default 600).</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int Timeout { get; set; } = 600;

        protected override ScpWaitOptions? WaitOptions => Wait ? new ScpWaitOptions(TimeSpan.FromSeconds(Timeout)) : null;
    }
}
