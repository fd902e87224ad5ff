using System;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;

namespace ScpStorage.Emulator.Http;

/// <summary>
/// Takes a <c>/{environment}/{region}</c> prefix off the path before routing (it becomes the
/// PathBase) and makes that region's state current for the rest of the request, so
/// <c>/e/kr-east1/virtualserver/v1/volumes</c> is the volume list of kr-east1 in environment e.
/// A path without the prefix acts on the default region. The raw request target is left as it
/// arrived: signatures are still checked over the URL the client sent.
/// </summary>
internal sealed class RegionPrefix
{
    /// <summary>What the endpoint template puts between the base URL and <c>/{service}</c>.</summary>
    public const string Template = "/{environment}/{region}";
    /// <summary>Items key of the message for a prefix naming a region its environment does not have.</summary>
    public const string ErrorKey = "scp.region-error";

    private readonly RequestDelegate _next;
    private readonly EmulatorRuntime _runtime;

    public RegionPrefix(RequestDelegate next, EmulatorRuntime runtime)
    {
        _next = next;
        _runtime = runtime;
    }

    public async Task InvokeAsync(HttpContext ctx)
    {
        var path = ctx.Request.Path.Value ?? "/";
        var segments = path.Split('/', 4); // "", environment, region, rest
        if (segments.Length < 3 || !RegionScope.IsEnvironment(segments[1]))
        {
            await _next(ctx);
            return;
        }
        var scope = RegionScope.Parse(segments[1], segments[2], out var error);
        if (scope == null)
        {
            // ApiMiddleware answers it, so the refused request is logged like any other.
            ctx.Items[ErrorKey] = error;
            await _next(ctx);
            return;
        }
        var prefix = "/" + segments[1] + "/" + segments[2];
        ctx.Request.PathBase = ctx.Request.PathBase.Add(new PathString(prefix));
        ctx.Request.Path = new PathString(segments.Length > 3 ? "/" + segments[3] : "/");
        using (_runtime.Use(scope)) await _next(ctx);
    }

    /// <summary>The raw request target without the region prefix (what the request log shows as the path).</summary>
    public static string WithoutPrefix(HttpContext ctx, string rawTarget)
    {
        var prefix = ctx.Request.PathBase.Value;
        return !string.IsNullOrEmpty(prefix) && rawTarget.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            ? rawTarget.Substring(prefix.Length)
            : rawTarget;
    }
}
