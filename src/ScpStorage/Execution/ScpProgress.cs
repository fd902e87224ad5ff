using System.Management.Automation;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Execution
{
    /// <summary>
    /// Turns a waiter report into a Write-Progress record. A wait has no known amount of work, so
    /// it shows no percent (the share of the timeout used is not progress); the state and the time
    /// waited are in the status text. Percentages appear only where a count is known (a job's children).
    /// </summary>
    internal static class ScpProgress
    {
        public static ProgressRecord Record(ScpWaitProgress p, int activityId) =>
            new ProgressRecord(activityId, p.Activity, $"State: {p.State}; waited {p.Elapsed.TotalSeconds:0} s of {p.Timeout.TotalSeconds:0} s")
            {
                PercentComplete = -1,
            };
    }
}
