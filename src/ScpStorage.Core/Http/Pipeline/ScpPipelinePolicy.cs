using System.Threading.Tasks;

namespace ScpStorage.Core.Http.Pipeline
{
    /// <summary>One step of the request pipeline. Calls <c>next</c> to pass the message on.</summary>
    public abstract class ScpPipelinePolicy
    {
        public abstract Task ProcessAsync(ScpMessage message, ScpPipelineNext next);
    }

    /// <summary>The rest of the pipeline after the current policy.</summary>
    public readonly struct ScpPipelineNext
    {
        private readonly ScpPipelinePolicy[] _policies;
        private readonly int _index;

        internal ScpPipelineNext(ScpPipelinePolicy[] policies, int index) { _policies = policies; _index = index; }

        public Task InvokeAsync(ScpMessage message) =>
            _index < _policies.Length
                ? _policies[_index].ProcessAsync(message, new ScpPipelineNext(_policies, _index + 1))
                : Task.CompletedTask;
    }
}
