using System.Text;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Http;

/// <summary>JSON results written with the shared serializer settings.</summary>
internal static class Reply
{
    public static IResult Json(JsonNode body, int status = 200) =>
        Results.Content(body.ToJsonString(JsonText.Options), "application/json", Encoding.UTF8, status);

    public static IResult Raw(string json, int status = 200) =>
        Results.Content(json, "application/json", Encoding.UTF8, status);

    public static IResult Accepted() => Results.StatusCode(202);
}
