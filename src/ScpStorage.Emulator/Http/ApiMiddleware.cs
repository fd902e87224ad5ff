using System;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ScpStorage.Emulator.Http;

/// <summary>
/// The checks every <c>/{service}/v1/...</c> request passes (after <see cref="RegionPrefix"/>
/// took off any <c>/{environment}/{region}</c> prefix), in SCP's order: region known, service known,
/// API version, signature, then injected faults, then the handler. Admin routes
/// (<c>/_emulator/</c>) bypass all of it; version lists (<c>/{service}/</c>) are unsigned.
/// </summary>
internal sealed class ApiMiddleware
{
    private const long MaxBodyBytes = 10 * 1024 * 1024;
    private readonly RequestDelegate _next;
    private readonly EmulatorRuntime _runtime;
    private readonly ILogger<ApiMiddleware> _logger;

    public ApiMiddleware(RequestDelegate next, EmulatorRuntime runtime, ILogger<ApiMiddleware> logger)
    {
        _next = next;
        _runtime = runtime;
        _logger = logger;
    }

    public async Task InvokeAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "/";
        if (path.StartsWith("/_emulator", StringComparison.OrdinalIgnoreCase))
        {
            try { await _next(ctx); }
            catch (ApiException e) when (!ctx.Response.HasStarted) { await WriteError(ctx, e); }
            return;
        }

        var rawTarget = SignatureVerifier.RawTarget(ctx);
        // Logged without the region prefix; the region and environment are logged as fields.
        var logged = RegionPrefix.WithoutPrefix(ctx, rawTarget);
        var q = logged.IndexOf('?');
        var scope = _runtime.Scope;
        var segments = path.Trim('/').Split('/');
        var service = segments[0].Length > 0 ? segments[0] : null;
        var trace = new Trace();
        var recorded = 0;
        void Record(int status)
        {
            if (Interlocked.Exchange(ref recorded, 1) != 0) return;
            _runtime.Log.Add(new RecordedRequest(ctx.Request.Method,
                q < 0 ? logged : logged.Substring(0, q), q < 0 ? "" : logged.Substring(q + 1),
                service, status, _runtime.Now(), trace.SignatureValid, trace.Version, trace.Fault,
                trace.HandlerStatus,
                ctx.Request.Headers["Scp-AccessKey"].ToString(), ctx.Request.Headers["Scp-AccountId"].ToString(),
                ctx.Request.Headers.ContainsKey("X-Auth-Token"), ctx.Request.Host.Value, scope.Region, scope.Environment));
        }
        // Recorded as the answer starts: a client that has read the whole answer finds its request
        // in the log (recording after the middleware returns raced the client's next look).
        ctx.Response.OnStarting(() => { Record(ctx.Response.StatusCode); return Task.CompletedTask; });
        try
        {
            if (ctx.Items[RegionPrefix.ErrorKey] is string regionError) throw new ApiException(404, "NOT_FOUND", regionError);
            if (segments.Length <= 1) await _next(ctx);
            else await HandleApi(ctx, service!, segments, trace);
        }
        catch (ApiException e) when (!ctx.Response.HasStarted)
        {
            await WriteError(ctx, e);
        }
        catch (Exception e) when (!ctx.Response.HasStarted && e is not OperationCanceledException)
        {
            _logger.LogError(e, "Unhandled error for {Method} {Path}", ctx.Request.Method, path);
            await WriteError(ctx, new ApiException(500, "INTERNAL_ERROR", "The emulator failed to handle the request."));
        }
        finally
        {
            // The status the client really got: none (0) when the connection was dropped or the
            // client gave up before an answer started, whatever status the response object holds.
            // (Answers that started were recorded then; this records the ones that never did.)
            var unanswered = trace.Dropped || (ctx.RequestAborted.IsCancellationRequested && !ctx.Response.HasStarted);
            Record(unanswered ? 0 : ctx.Response.StatusCode);
        }
    }

    private async Task HandleApi(HttpContext ctx, string service, string[] segments, Trace trace)
    {
        if (service == IamCatalogRoute.Service) { SignatureVerifier.Verify(ctx, _runtime); trace.SignatureValid = true; await _next(ctx); return; }
        var emulated = _runtime.Services.Find(service);
        if (emulated == null || segments[1] != "v1")
            throw new ApiException(404, "NOT_FOUND", $"No service '{service}' with API v1 is emulated here.");
        trace.Version = VersionCheck.Resolve(ctx, emulated.Name, _runtime).HeaderValue;
        SignatureVerifier.Verify(ctx, _runtime);
        trace.SignatureValid = true;

        // Read the whole request first, so a faulted request has provably reached the server.
        ctx.Items[RequestBody.ItemKey] = await ReadBody(ctx);

        var latency = _runtime.Faults.Latency;
        if (latency > TimeSpan.Zero) await Task.Delay(latency, ctx.RequestAborted);
        var fault = _runtime.Faults.Decide(ctx.Request.Method);
        if (fault.Drop)
        {
            trace.Dropped = true;
            trace.Fault = "drop";
            ctx.Abort();
            return;
        }
        if (fault.Status != 0)
        {
            trace.Fault = fault.Status.ToString(System.Globalization.CultureInfo.InvariantCulture);
            if (fault.Status is 429 or 503)
                ctx.Response.Headers.RetryAfter = fault.RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
            throw new ApiException(fault.Status, FaultCode(fault.Status), "Injected fault.");
        }

        if (ctx.GetEndpoint() == null)
            throw new ApiException(404, "NOT_FOUND", $"No operation {ctx.Request.Method} {ctx.Request.Path} in {service}.");
        if (fault.Lose != AnswerLoss.None) await HandleThenLoseAnswer(ctx, fault.Lose, trace);
        else await _next(ctx);
    }

    /// <summary>
    /// Runs the handler with its answer held in memory (so the work is done and nothing reaches
    /// the client yet), then drops the connection, or holds the answer for the late-answer delay
    /// and sends it only if the client is still there.
    /// </summary>
    private async Task HandleThenLoseAnswer(HttpContext ctx, AnswerLoss loss, Trace trace)
    {
        var original = ctx.Response.Body;
        using var held = new MemoryStream();
        ctx.Response.Body = held;
        try { await _next(ctx); }
        catch (ApiException e) { await WriteError(ctx, e); }
        finally { ctx.Response.Body = original; }
        trace.HandlerStatus = ctx.Response.StatusCode;
        if (loss == AnswerLoss.Dropped)
        {
            trace.Fault = "lose";
            trace.Dropped = true;
            ctx.Abort();
            return;
        }
        trace.Fault = "late";
        try { await Task.Delay(_runtime.Faults.LateAnswerDelay, ctx.RequestAborted); }
        catch (OperationCanceledException)
        {
            trace.Dropped = true;
            return;
        }
        ctx.Response.ContentLength = held.Length;
        held.Position = 0;
        await held.CopyToAsync(original, ctx.RequestAborted);
    }

    private static async Task<byte[]> ReadBody(HttpContext ctx)
    {
        // Most requests are GETs with no body at all: no buffer for them (a 16 KB chunk per
        // request was a fifth of everything a run of reads allocated).
        if (ctx.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpRequestBodyDetectionFeature>()?.CanHaveBody == false) return Array.Empty<byte>();
        using var buffer = new MemoryStream();
        var chunk = System.Buffers.ArrayPool<byte>.Shared.Rent(16 * 1024);
        try
        {
            int read;
            while ((read = await ctx.Request.Body.ReadAsync(chunk.AsMemory(), ctx.RequestAborted)) > 0)
            {
                buffer.Write(chunk, 0, read);
                if (buffer.Length > MaxBodyBytes) throw new ApiException(413, "PAYLOAD_TOO_LARGE", "The request body is too large.");
            }
        }
        finally { System.Buffers.ArrayPool<byte>.Shared.Return(chunk); }
        return buffer.ToArray();
    }

    private static string FaultCode(int status) => status switch
    {
        429 => "THROTTLED",
        503 => "SERVICE_UNAVAILABLE",
        500 => "INTERNAL_ERROR",
        _ => "INJECTED_FAULT",
    };

    public static Task WriteError(HttpContext ctx, ApiException e)
    {
        ctx.Response.StatusCode = e.Status;
        ctx.Response.ContentType = "application/json";
        var body = e is ValidationException v ? ErrorBodies.Validation(v.Errors) : ErrorBodies.Scp(e.Status, e.Code, e.Message);
        return ctx.Response.WriteAsync(body);
    }

    private sealed class Trace
    {
        public bool SignatureValid { get; set; }
        public string? Version { get; set; }
        public string? Fault { get; set; }
        public bool Dropped { get; set; }
        /// <summary>The handler's status when its answer was then lost.</summary>
        public int? HandlerStatus { get; set; }
    }
}
