using System.Collections.Generic;
using System.Text.Json.Nodes;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Http;

/// <summary>The two error body shapes SCP answers with.</summary>
internal static class ErrorBodies
{
    public static string Scp(int status, string code, string detail) => new JsonObject
    {
        ["errors"] = new JsonArray(new JsonObject
        {
            ["status"] = status,
            ["code"] = code,
            ["title"] = Title(status),
            ["detail"] = detail,
        }),
    }.ToJsonString(JsonText.Options);

    public static string Validation(IEnumerable<(string[] Loc, string Msg, string Type)> errors)
    {
        var detail = new JsonArray();
        foreach (var (loc, msg, type) in errors)
        {
            var locArray = new JsonArray();
            foreach (var part in loc) locArray.Add(part);
            detail.Add(new JsonObject { ["loc"] = locArray, ["msg"] = msg, ["type"] = type });
        }
        return new JsonObject { ["detail"] = detail }.ToJsonString(JsonText.Options);
    }

    public static string Title(int status) => status switch
    {
        400 => "Bad Request",
        401 => "Unauthorized",
        403 => "Forbidden",
        404 => "Not Found",
        409 => "Conflict",
        422 => "Unprocessable Entity",
        429 => "Too Many Requests",
        500 => "Internal Server Error",
        502 => "Bad Gateway",
        503 => "Service Unavailable",
        504 => "Gateway Timeout",
        _ => "Error",
    };
}
