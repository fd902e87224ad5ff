using System.Linq;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>/v1/servers: list and show (servers are fixtures; only their volumes change).</summary>
internal static class ServerRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/servers", (HttpContext ctx) =>
        {
            // ServerListResponse has no count; it is added only when asked for explicitly.
            var q = ListParameters.Parse(ctx, Vs.Service, Vs.Server, Vs.ServerSortKeys, "created_at:desc", defaultWithCount: false);
            if (ListParameters.Value(ctx, "name") is { } name) q.Where("name = {0}", name);
            if (ListParameters.Value(ctx, "state") is { } state) q.Where("state = {0}", state);
            if (ListParameters.Value(ctx, "ip") is { } ip) q.Where("json LIKE {0}", "%\"ip_address\":" + JsonText.Quote(ip) + "%");
            if (ListParameters.Value(ctx, "product_category") is { } category) q.Where("json_extract(json,'$.product_category') = {0}", category);
            if (ListParameters.Value(ctx, "vpc_id") is { } vpc) q.Where("json_extract(json,'$.vpc_id') = {0}", vpc);
            if (ListParameters.Value(ctx, "server_type_id") is { } type) q.Where("json_extract(json,'$.server_type.id') = {0}", type);
            if (ListParameters.Value(ctx, "auto_scaling_group_id") is { } asg) q.Where("json_extract(json,'$.auto_scaling_group_id') = {0}", asg);
            var offerings = ListParameters.Values(ctx, "product_offering").ToArray();
            if (offerings.Length > 0)
                q.Where("json_extract(json,'$.product_offering') IN (" + string.Join(",", offerings.Select((_, i) => "{" + i + "}")) + ")", offerings);
            return ListParameters.Respond(ListParameters.Run(rt, q), "servers", Render);
        });

        v1.MapGet("/servers/{server_id}", (string server_id) =>
            Reply.Raw(Render(Vs.Require(rt, Vs.Server, Vs.PathId(server_id), "Server"))));
    }

    private static string Render(Resource r) => ListParameters.WithState(r, "state");
}
