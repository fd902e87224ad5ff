using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ScpStorage.Jobs
{
    /// <summary>
    /// Registers ScpJobs with PowerShell's job manager (one adapter per runspace), so the
    /// built-in job cmdlets find, wait for, receive, stop and remove them.
    /// </summary>
    public sealed class ScpJobSourceAdapter : JobSourceAdapter
    {
        /// <summary>Parameter name under which the cmdlet hands a prepared job to <see cref="NewJob"/>.</summary>
        internal const string JobParameter = "ScpJob";

        private readonly ConcurrentDictionary<Guid, ScpJob> _jobs = new ConcurrentDictionary<Guid, ScpJob>();

        public ScpJobSourceAdapter() { Name = ScpJob.TypeName; }

        /// <summary>Takes the job the cmdlet prepared (jobs are only created by -AsJob).</summary>
        public override Job2 NewJob(JobInvocationInfo specification)
        {
            var job = specification.Parameters.SelectMany(p => p).FirstOrDefault(p => p.Name == JobParameter)?.Value as ScpJob
                ?? throw new PSNotSupportedException("ScpJob jobs are created with the -AsJob parameter of ScpStorage cmdlets.");
            _jobs[job.InstanceId] = job;
            return job;
        }

        public override IList<Job2> GetJobs() => _jobs.Values.Cast<Job2>().ToList();

        public override IList<Job2> GetJobsByName(string name, bool recurse)
        {
            var pattern = new WildcardPattern(name, WildcardOptions.IgnoreCase);
            return _jobs.Values.Where(j => pattern.IsMatch(j.Name)).Cast<Job2>().ToList();
        }

        public override IList<Job2> GetJobsByCommand(string command, bool recurse)
        {
            var pattern = new WildcardPattern(command, WildcardOptions.IgnoreCase);
            return _jobs.Values.Where(j => pattern.IsMatch(j.Command)).Cast<Job2>().ToList();
        }

        public override IList<Job2> GetJobsByState(JobState state, bool recurse) =>
            _jobs.Values.Where(j => j.JobStateInfo.State == state).Cast<Job2>().ToList();

        public override IList<Job2> GetJobsByFilter(Dictionary<string, object> filter, bool recurse) => new List<Job2>();

        public override Job2? GetJobByInstanceId(Guid instanceId, bool recurse) =>
            _jobs.TryGetValue(instanceId, out var job) ? job : null;

        public override Job2? GetJobBySessionId(int id, bool recurse) => _jobs.Values.FirstOrDefault(j => j.Id == id);

        public override void RemoveJob(Job2 job)
        {
            if (!_jobs.TryRemove(job.InstanceId, out var removed)) return;
            removed.StopJob();
            removed.Dispose();
        }
    }
}
