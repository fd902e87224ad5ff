using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using ScpStorage.Execution;
using ScpStorage.Jobs;

namespace ScpStorage.Cmdlets
{
    /// <summary>
    /// Base of cmdlets that can run as a job: -AsJob/-ThrottleLimit make every confirmed
    /// pipeline input a child of one ScpJob, run concurrently. ShouldProcess is always
    /// answered by the cmdlet, on the pipeline thread, before any job starts.
    /// </summary>
    public abstract class ScpJobCmdlet : ScpCmdlet
    {
        private readonly List<ScpWorkItem> _queued = new List<ScpWorkItem>();

        /// <summary>Run as a background job (see Get-Job, Receive-Job).</summary>
        [Parameter]
        public SwitchParameter AsJob { get; set; }

        /// <summary>With -AsJob: how many pipeline inputs run at once.</summary>
        [Parameter]
        [ValidateRange(1, 256)]
        public int ThrottleLimit { get; set; } = 16;

        protected override void Run(ScpWorkItem item)
        {
            if (AsJob) _queued.Add(item);
            else base.Run(item);
        }

        protected override void EndProcessing()
        {
            base.EndProcessing();
            if (!AsJob || _queued.Count == 0) return;
            // The job's Command shows parameter names, never values: a value typed on the command
            // line (a key, a token) must not end up in Get-Job output.
            var command = MyInvocation.MyCommand.Name + string.Concat(MyInvocation.BoundParameters.Keys.Select(k => " -" + k));
            var job = new ScpJob(command, MyInvocation.MyCommand.Name,
                _queued, Connection, WaitOptions, ThrottleLimit, Output.Levels, MyInvocation);
            Register(job);
            job.StartJob();
            WriteObject(job);
        }

        /// <summary>Hands the job to PowerShell's job manager through the adapter of this runspace.</summary>
        private void Register(ScpJob job)
        {
            // JobManager creates and registers this runspace's adapter from the definition's type on first use.
            var parameters = new CommandParameterCollection { new CommandParameter(ScpJobSourceAdapter.JobParameter, job) };
            var definition = new JobDefinition(typeof(ScpJobSourceAdapter), job.Command, job.Name);
            JobManager.NewJob(new JobInvocationInfo(definition, parameters));
        }
    }
}
