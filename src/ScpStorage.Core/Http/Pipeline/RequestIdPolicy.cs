using System;
using System.Threading.Tasks;

namespace ScpStorage.Core.Http.Pipeline
{
    /// <summary>
    /// Gives each logical call one client request id, kept across retries, so every attempt in
    /// the logs, the X-Request-Id header and any error can be tied together.
    /// </summary>
    public sealed class RequestIdPolicy : ScpPipelinePolicy
    {
        public const string Header = "X-Request-Id";

        public override Task ProcessAsync(ScpMessage message, ScpPipelineNext next)
        {
            if (message.RequestId.Length == 0) message.RequestId = Guid.NewGuid().ToString("N");
            return next.InvokeAsync(message);
        }
    }
}
