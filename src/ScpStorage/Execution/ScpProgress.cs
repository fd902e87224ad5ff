using System.Management.Automation;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Execution
{
    /// <summary>Turns a waiter report into a Write-Progress record.</summary>
    internal static class ScpProgress
    {
        public static ProgressRecord Record(ScpWaitProgress p, int activityId) =>
            new ProgressRecord(activityId, p.Activity, $"State: {p.State}; waited {p.Elapsed.TotalSeconds:0} s of {p.Timeout.TotalSeconds:0} s")
            {
                PercentComplete = p.PercentOfTimeout,
            };
    }
}
