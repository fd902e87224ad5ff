using System.Management.Automation;
using ScpStorage.Core.Logging;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Execution
{
    /// <summary>
    /// Where a unit of work sends what it produces. Two implementations: the cmdlet's own
    /// pipeline (marshalled to the pipeline thread) and a job's streams. Work code is written
    /// once against this interface and runs unchanged synchronously or in a job.
    /// </summary>
    public interface IScpOutput
    {
        void Object(object item);
        void Log(ScpLogEvent e);
        void Progress(ScpWaitProgress progress, int activityId);
        void Error(ErrorRecord record);

        /// <summary>Whether anyone reads this level (Verbose/Debug off means their text is never built).</summary>
        bool IsEnabled(ScpLogLevel level);
    }
}
