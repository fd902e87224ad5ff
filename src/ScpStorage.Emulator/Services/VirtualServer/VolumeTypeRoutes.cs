using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>/v1/volume-types: list, default, show. Types are fixed (see <see cref="VsFixtures"/>).</summary>
internal static class VolumeTypeRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/volume-types", (HttpContext ctx) =>
        {
            var q = ListParameters.Parse(ctx, Vs.Service, Vs.VolumeType, Vs.TypeSortKeys, defaultWithCount: false);
            return ListParameters.Respond(ListParameters.Run(rt, q), "volume_types", Render);
        });
        v1.MapGet("/volume-types/default", () => Reply.Raw(Render(Vs.Require(rt, Vs.VolumeType, VsFixtures.DefaultTypeId, "Volume type"))));
        v1.MapGet("/volume-types/{volume_type_id}", (string volume_type_id) =>
            Reply.Raw(Render(Vs.Require(rt, Vs.VolumeType, Vs.PathId(volume_type_id), "Volume type"))));
    }

    private static string Render(Resource r) => r.Json;
}
