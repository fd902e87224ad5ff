using System.Linq;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Core.Config;

namespace ScpStorage.Emulator.Http;

/// <summary>GET /{service}/ — the unsigned version list SCP serves at a service root.</summary>
internal static class VersionListRoute
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/{service}", (HttpContext ctx, string service) =>
        {
            var versions = ScpApiVersions.Of(service).ToList();
            if (versions.Count == 0) throw ApiException.NotFound("Service", service);
            var root = ctx.Request.Scheme + "://" + ctx.Request.Host + "/" + versions[0].Service;
            var list = new JsonArray();
            foreach (var v in versions)
            {
                list.Add(new JsonObject
                {
                    ["id"] = "v" + v.Version,
                    ["status"] = v.IsCurrent ? "CURRENT" : "DEPRECATED",
                    ["not_before"] = v.NotBefore?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                    ["links"] = new JsonArray(new JsonObject { ["href"] = root + "/v1", ["rel"] = "self" }),
                });
            }
            return Reply.Json(new JsonObject { ["versions"] = list });
        });
    }
}
