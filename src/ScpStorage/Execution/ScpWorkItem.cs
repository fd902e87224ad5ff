using System;
using System.Threading.Tasks;

namespace ScpStorage.Execution
{
    /// <summary>One pipeline input's work, already confirmed by ShouldProcess.</summary>
    public sealed class ScpWorkItem
    {
        public ScpWorkItem(string description, object? target, Func<ScpWorkContext, Task> work, Core.Config.ScpConnection? connection = null)
        {
            Description = description; Target = target; Work = work; Connection = connection;
        }

        /// <summary>Where the work goes when it differs from the call's (a piped object from another region).</summary>
        public Core.Config.ScpConnection? Connection { get; }

        /// <summary>Shown as the child job's name and in progress: e.g. "Remove volume data01 (3f50...)".</summary>
        public string Description { get; }
        /// <summary>The object the work acts on; becomes the error record's target.</summary>
        public object? Target { get; }
        public Func<ScpWorkContext, Task> Work { get; }
    }
}
