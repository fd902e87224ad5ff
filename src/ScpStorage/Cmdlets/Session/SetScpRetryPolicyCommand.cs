using System;
using System.Management.Automation;
using ScpStorage.Core.Config;
using ScpStorage.Session;

namespace ScpStorage.Cmdlets.Session
{
    /// <summary>
    /// Sets how calls in this session retry throttling and transient failures. Parameters left
    /// out keep their current value; -MaximumRetryCount on a single call overrides it once.
    /// </summary>
    [Cmdlet(VerbsCommon.Set, "ScpRetryPolicy")]
    [OutputType(typeof(ScpRetryOptions))]
    public sealed class SetScpRetryPolicyCommand : PSCmdlet
    {
        /// <summary>Attempts after the first (0 turns retry off).</summary>
        [Parameter]
        [ValidateRange(0, 20)]
        public int? MaximumRetryCount { get; set; }

        /// <summary>Delay before the first retry; it doubles each time, with jitter.</summary>
        [Parameter]
        [ValidateRange(0, 60000)]
        public int? BaseDelayMilliseconds { get; set; }

        [Parameter]
        [ValidateRange(0, 600)]
        public int? MaximumDelaySeconds { get; set; }

        /// <summary>No retry starts once this much time has passed since the first attempt.</summary>
        [Parameter]
        [ValidateRange(1, 3600)]
        public int? MaximumTotalSeconds { get; set; }

        /// <summary>Back to the defaults.</summary>
        [Parameter]
        public SwitchParameter Reset { get; set; }

        [Parameter]
        public SwitchParameter PassThru { get; set; }

        protected override void EndProcessing()
        {
            var state = ScpModuleState.Current;
            var settings = state.Settings ??= new ScpSettings();
            var current = Reset ? ScpRetryOptions.Default : settings.Retry ?? ScpRetryOptions.Default;
            var updated = new ScpRetryOptions(
                MaximumRetryCount.HasValue ? MaximumRetryCount.Value + 1 : current.MaxAttempts,
                BaseDelayMilliseconds.HasValue ? TimeSpan.FromMilliseconds(BaseDelayMilliseconds.Value) : current.BaseDelay,
                MaximumDelaySeconds.HasValue ? TimeSpan.FromSeconds(MaximumDelaySeconds.Value) : current.MaxDelay,
                MaximumTotalSeconds.HasValue ? TimeSpan.FromSeconds(MaximumTotalSeconds.Value) : current.MaxTotalTime);
            settings.Retry = updated;
            WriteVerbose("Retry policy: " + updated);
            if (PassThru) WriteObject(updated);
        }
    }
}
