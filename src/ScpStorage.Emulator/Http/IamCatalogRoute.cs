using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Core.Config;

namespace ScpStorage.Emulator.Http;

/// <summary>
/// GET /iam/v1/endpoints — SCP's IAM endpoint catalog (iam 1.0 ListEndpointsResponse), so SCP's
/// own SDK and Terraform provider, given only the emulator's auth URL
/// (<c>{BaseUrl}/iam/v1</c>), find every emulated service. Signed like any call, with no
/// Scp-API-Version (ApiMiddleware checks the signature and skips the version for it).
/// It lists one environment, as SCP's per-environment IAM does: the default one at
/// <c>/iam/v1/endpoints</c>, or the one of a prefix (<c>/s/kr-east1/iam/v1/endpoints</c>), with
/// each region's URL in the endpoint template's form (<c>{root}/{environment}/{region}/{service}</c>).
/// </summary>
internal static class IamCatalogRoute
{
    public const string Service = "iam";

    public static void Map(IEndpointRouteBuilder app, EmulatorRuntime runtime)
    {
        app.MapGet("/" + Service + "/v1/endpoints", (HttpContext ctx) =>
        {
            var root = ctx.Request.Scheme + "://" + ctx.Request.Host;
            var environment = runtime.Scope.Environment;
            var list = new JsonArray();
            foreach (var region in ScpEndpoints.Regions[environment])
            {
                var regionRoot = root + "/" + environment + "/" + region;
                list.Add(Entry(Service, region, regionRoot + "/" + Service));
                foreach (var service in runtime.Services.All) list.Add(Entry(service.Name, region, regionRoot + "/" + service.Name));
            }
            return Reply.Json(new JsonObject { ["endpoints"] = list });
        });
    }

    private static JsonObject Entry(string service, string region, string url) => new()
    {
        ["region"] = region,
        ["service_type"] = "scp-" + service,
        ["service_name"] = "scp-" + service,
        ["url"] = url,
    };
}
