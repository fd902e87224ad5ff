using System.Management.Automation;
using ScpStorage.Core.Logging;
using ScpStorage.Core.Waiting;
using ScpStorage.Execution;

namespace ScpStorage.Jobs
{
    /// <summary>Output for work running in a job: straight into the child job's streams (they are thread-safe).</summary>
    internal sealed class JobOutput : IScpOutput
    {
        private readonly Job _job;
        private readonly ScpLogLevels _levels;

        public JobOutput(Job job, ScpLogLevels levels) { _job = job; _levels = levels; }

        public bool IsEnabled(ScpLogLevel level) => _levels.IsEnabled(level);

        public void Object(object item) => _job.Output.Add(PSObject.AsPSObject(item));

        public void Log(ScpLogEvent e)
        {
            switch (e.Level)
            {
                case ScpLogLevel.Debug: _job.Debug.Add(new DebugRecord(e.Message)); break;
                case ScpLogLevel.Warning: _job.Warning.Add(new WarningRecord(e.Message)); break;
                default: _job.Verbose.Add(new VerboseRecord(e.Message)); break;
            }
        }

        public void Progress(ScpWaitProgress p, int activityId) => _job.Progress.Add(ScpProgress.Record(p, activityId));

        public void Error(ErrorRecord record) => _job.Error.Add(record);
    }
}
