using System.Threading.Tasks;
using ScpStorage.Core.Signing;

namespace ScpStorage.Core.Http.Pipeline
{
    /// <summary>
    /// Signs the current attempt with a fresh timestamp and sets SCP's headers. Runs inside retry
    /// so a retried request is never sent with a stale timestamp.
    /// </summary>
    public sealed class SigningPolicy : ScpPipelinePolicy
    {
        public override Task ProcessAsync(ScpMessage message, ScpPipelineNext next)
        {
            var c = message.Connection;
            var http = message.HttpRequest!;
            var timestamp = ScpSigner.Timestamp(message.Clock());
            var signature = ScpSigner.Sign(message.Request.Method, message.Url, timestamp, c.AccessKey, c.AccountId, c.SecretKey.Reveal());
            var h = http.Headers;
            h.TryAddWithoutValidation("Scp-AccessKey", c.AccessKey);
            h.TryAddWithoutValidation("Scp-Signature", signature);
            h.TryAddWithoutValidation("Scp-Timestamp", timestamp);
            h.TryAddWithoutValidation("Scp-ClientType", ScpSigner.ClientType);
            h.TryAddWithoutValidation("Scp-AccountId", c.AccountId);
            h.TryAddWithoutValidation("Accept-Language", c.Language);
            h.TryAddWithoutValidation("Accept", "application/json");
            h.TryAddWithoutValidation(RequestIdPolicy.Header, message.RequestId);
            if (!message.Request.Unversioned)
                h.TryAddWithoutValidation("Scp-API-Version", c.ApiVersion(message.Request.Service).HeaderValue);
            if (c.AuthToken != null)
                h.TryAddWithoutValidation("X-Auth-Token", c.AuthToken.Reveal());
            return next.InvokeAsync(message);
        }
    }
}
