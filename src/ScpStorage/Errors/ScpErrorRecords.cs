using System;
using System.Management.Automation;
using ScpStorage.Core.Config;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Waiting;

namespace ScpStorage.Errors
{
    /// <summary>
    /// The one place exceptions become ErrorRecords: category from the HTTP status, error id
    /// from SCP's error code, the piped object as target. Messages come from Core, which has
    /// already redacted them.
    /// </summary>
    public static class ScpErrorRecords
    {
        /// <param name="exception">What went wrong.</param>
        /// <param name="target">The input the error is about.</param>
        /// <param name="throttled">True when the work ran under -ThrottleLimit (a job), so lowering it is advice that fits.</param>
        public static ErrorRecord From(Exception exception, object? target, bool throttled = false)
        {
            switch (exception)
            {
                case ScpRequestFailedException e:
                    return Record(e, Id(e), Category(e.Status), target, Advice(e, throttled));
                case ScpWaitException e:
                    return Record(e, e.TimedOut ? "ScpWaitTimeout" : "ScpResourceFailed",
                        e.TimedOut ? ErrorCategory.OperationTimeout : ErrorCategory.InvalidResult, target, null);
                case ScpConfigurationException e when e.InvalidSetting != null:
                    return Record(e, "ScpInvalidSetting", ErrorCategory.InvalidArgument, e.InvalidSetting, null);
                case ScpConfigurationException e:
                    return Record(e, "ScpConfigurationIncomplete", ErrorCategory.InvalidOperation, target, null);
                case OperationCanceledException e:
                    return Record(e, "ScpOperationStopped", ErrorCategory.OperationStopped, target, null);
                case PSArgumentException e:
                    return Record(e, "ScpInvalidArgument", ErrorCategory.InvalidArgument, target, null);
                case ArgumentException e:
                    return Record(e, "ScpInvalidArgument", ErrorCategory.InvalidArgument, target, null);
                case AggregateException e when e.InnerExceptions.Count == 1:
                    return From(e.InnerExceptions[0], target, throttled);
                default:
                    return Record(exception, "ScpUnexpectedError", ErrorCategory.NotSpecified, target, null);
            }
        }

        /// <summary>
        /// Ties a record written inside a job to the command that started the job, so its
        /// FullyQualifiedErrorId (<c>Id,Command type</c>) is the same as when the command runs
        /// directly. PowerShell sets this itself only for records written on a pipeline; for a job
        /// record the setter is internal, so it is reached by reflection, and left as is where absent.
        /// </summary>
        public static ErrorRecord WithInvocation(ErrorRecord record, InvocationInfo? invocation)
        {
            if (invocation != null) SetInvocationInfo?.Invoke(record, new object[] { invocation });
            return record;
        }

        private static readonly System.Reflection.MethodInfo? SetInvocationInfo = typeof(ErrorRecord).GetMethod("SetInvocationInfo",
            System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.NonPublic, null, new[] { typeof(InvocationInfo) }, null);

        /// <summary>A named resource that does not exist: ObjectNotFound, no exception dump.</summary>
        public static ErrorRecord NotFound(string kind, string nameOrId, string service)
        {
            var e = new ItemNotFoundException($"No {kind} named or with id '{nameOrId}' was found in {service}.");
            return Record(e, "ScpResourceNotFound", ErrorCategory.ObjectNotFound, nameOrId, null);
        }

        /// <summary>A request that cannot succeed in the resource's current situation, refused before it is sent (or a result that cannot be used).</summary>
        public static ErrorRecord InvalidOperation(string errorId, string message, object? target, ErrorCategory category = ErrorCategory.InvalidOperation) =>
            Record(new PSInvalidOperationException(message), errorId, category, target, null);

        /// <summary>Input rejected before any request was sent.</summary>
        public static ErrorRecord InvalidArgument(string message, object? target) =>
            Record(new PSArgumentException(message), "ScpInvalidArgument", ErrorCategory.InvalidArgument, target, null);

        public static ErrorCategory Category(int? status)
        {
            switch (status)
            {
                case null: return ErrorCategory.ConnectionError;
                case 400: case 422: return ErrorCategory.InvalidArgument;
                case 401: return ErrorCategory.AuthenticationError;
                case 403: return ErrorCategory.PermissionDenied;
                case 404: return ErrorCategory.ObjectNotFound;
                case 408: return ErrorCategory.OperationTimeout;
                case 409: return ErrorCategory.ResourceBusy;
                case 429: return ErrorCategory.LimitsExceeded;
                default: return status >= 500 ? ErrorCategory.ResourceUnavailable : ErrorCategory.NotSpecified;
            }
        }

        private static string Id(ScpRequestFailedException e) =>
            !string.IsNullOrEmpty(e.ErrorCode) ? "Scp" + Pascal(e.ErrorCode!) : e.Status.HasValue ? "ScpHttp" + e.Status : "ScpConnectionFailed";

        /// <summary>What to do next, fitted to the status, the attempts made and the cmdlet's own parameters.</summary>
        private static string? Advice(ScpRequestFailedException e, bool throttled)
        {
            var retried = e.Attempts - 1;
            var tries = retried == 0 ? "not retried" : retried == 1 ? "retried once" : $"retried {retried} times";
            if (e.Note != null) return e.Note;
            if (e.MayHaveBeenProcessed && !Core.Http.Pipeline.ScpRetryClassifier.IsIdempotent(e.Method))
                return "No answer came, so the request may have been carried out: check the resource before running again.";
            switch (e.Status)
            {
                case 401: return "Check the access key, the secret key and the machine clock (Get-ScpContext shows where the keys came from).";
                case 403: return "The access key is not allowed to do this; check its IAM policy.";
                case 404: return "Check the id, and the region and environment the request went to.";
                case 429:
                    return throttled
                        ? $"SCP is throttling requests ({tries}); lower -ThrottleLimit, try again later or raise -MaximumRetryCount."
                        : $"SCP is throttling requests ({tries}); try again later or raise -MaximumRetryCount.";
                case null: case 408: case 500: case 502: case 503: case 504:
                    return $"Transient; {tries}; run again or raise -MaximumRetryCount.";
                default: return null;
            }
        }

        private static ErrorRecord Record(Exception e, string id, ErrorCategory category, object? target, string? advice)
        {
            var record = new ErrorRecord(e, id, category, target);
            if (advice != null) record.ErrorDetails = new ErrorDetails(e.Message) { RecommendedAction = advice };
            return record;
        }

        /// <summary>INVALID_STATE → InvalidState, so ids read like PowerShell's own.</summary>
        private static string Pascal(string code)
        {
            var parts = code.Split(new[] { '_', '-', '.', ' ' }, StringSplitOptions.RemoveEmptyEntries);
            var sb = new System.Text.StringBuilder();
            foreach (var p in parts)
                sb.Append(char.ToUpperInvariant(p[0])).Append(p.Length > 1 ? p.Substring(1).ToLowerInvariant() : "");
            return sb.ToString();
        }
    }
}
