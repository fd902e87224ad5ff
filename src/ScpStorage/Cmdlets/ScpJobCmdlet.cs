using System;
using System.Collections.Generic;
using System.Management.Automation;
using System.Management.Automation.Runspaces;
using ScpStorage.Core.Waiting;
using ScpStorage.Execution;
using ScpStorage.Jobs;

namespace ScpStorage.Cmdlets
{
    /// <summary>
    /// Base of cmdlets whose work can take a while: adds -Wait/-Timeout (wait until the
    /// resource settles) and -AsJob/-ThrottleLimit (every confirmed pipeline input becomes a
    /// child of one ScpJob, run concurrently). ShouldProcess is always answered here, on the
    /// pipeline thread, before any job starts.
    /// </summary>
    public abstract class ScpJobCmdlet : ScpCmdlet
    {
        private readonly List<ScpWorkItem> _queued = new List<ScpWorkItem>();

        /// <summary>Wait until the operation has finished and return the resource in its final state.</summary>
        [Parameter]
        public SwitchParameter Wait { get; set; }

        /// <summary>Seconds to wait with -Wait before giving up (default 600).</summary>
        [Parameter]
        [ValidateRange(1, 86400)]
        public int Timeout { get; set; } = 600;

        /// <summary>Run as a background job (see Get-Job, Receive-Job).</summary>
        [Parameter]
        public SwitchParameter AsJob { get; set; }

        /// <summary>With -AsJob: how many pipeline inputs run at once.</summary>
        [Parameter]
        [ValidateRange(1, 256)]
        public int ThrottleLimit { get; set; } = 16;

        protected override ScpWaitOptions? WaitOptions => Wait ? new ScpWaitOptions(TimeSpan.FromSeconds(Timeout)) : null;

        protected override void Run(ScpWorkItem item)
        {
            if (AsJob) _queued.Add(item);
            else base.Run(item);
        }

        protected override void EndProcessing()
        {
            base.EndProcessing();
            if (!AsJob || _queued.Count == 0) return;
            var command = MyInvocation.Line.Trim();
            var job = new ScpJob(command.Length == 0 ? MyInvocation.MyCommand.Name : command, MyInvocation.MyCommand.Name,
                _queued, Connection, WaitOptions, ThrottleLimit);
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
