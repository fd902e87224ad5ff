using System;
using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.VirtualServer;

/// <summary>
/// /v1/volume-transfer: the volume waits in <c>awaiting-transfer</c> until the transfer is
/// accepted (new owner) or deleted. The auth key is only ever shown by create.
/// </summary>
internal static class TransferRoutes
{
    public static void Map(RouteGroupBuilder v1, EmulatorRuntime rt)
    {
        v1.MapGet("/volume-transfer", (HttpContext ctx) =>
        {
            var q = ListParameters.Parse(ctx, Vs.Service, Vs.Transfer, Vs.TypeSortKeys, defaultWithCount: false);
            if (ListParameters.Value(ctx, "limit") == null) q.Limit = ListParameters.MaxLimit;
            return ListParameters.Respond(ListParameters.Run(rt, q), "transfers", r => Summary(r).ToJsonString(JsonText.Options));
        });

        v1.MapPost("/volume-transfer", (HttpContext ctx) =>
        {
            var body = RequestBody.Read(ctx);
            var errors = new ValidationErrors();
            var volumeId = errors.Field(() => body.RequiredString("volume_id"));
            var name = errors.Field(() => body.OptionalString("name"));
            errors.ThrowIfAny();
            var created = rt.Store.Atomic(() =>
            {
                var volume = Vs.Require(rt, Vs.Volume, volumeId, "Volume");
                if (volume.State != "available")
                    throw ApiException.InvalidState($"Volume '{volumeId}' is {volume.State}; only available volumes can be transferred.");
                volume.State = "awaiting-transfer";
                rt.Store.Update(volume);
                var id = Guid.NewGuid().ToString();
                var now = rt.Timestamp();
                var r = Vs.NewResource(Vs.Transfer, id, name, "pending", now);
                r.Parent = volumeId;
                r.SetData(new JsonObject
                {
                    ["auth_key"] = Convert.ToHexString(RandomNumberGenerator.GetBytes(8)).ToLowerInvariant(),
                    ["created_at"] = now, ["id"] = id, ["name"] = name, ["volume_id"] = volumeId,
                });
                rt.Store.Insert(r);
                return r;
            });
            return Reply.Raw(created.Json, 202);
        });

        v1.MapGet("/volume-transfer/{transfer_id}", (string transfer_id) =>
        {
            var r = Vs.Require(rt, Vs.Transfer, Vs.PathId(transfer_id), "Volume transfer");
            var data = Summary(r);
            data["created_at"] = r.CreatedAt;
            return Reply.Json(data);
        });

        v1.MapDelete("/volume-transfer/{transfer_id}", (string transfer_id) =>
        {
            rt.Store.Atomic(() =>
            {
                var r = Vs.Require(rt, Vs.Transfer, Vs.PathId(transfer_id), "Volume transfer");
                Release(rt, r.Parent!, null);
                rt.Store.Delete(Vs.Service, Vs.Transfer, r.Id);
            });
            return Reply.Accepted();
        });

        v1.MapPost("/volume-transfer/{transfer_id}/accept", (HttpContext ctx, string transfer_id) =>
        {
            var body = RequestBody.Read(ctx);
            var authKey = body.RequiredString("auth_key");
            var accountId = ctx.Request.Headers["Scp-AccountId"].ToString() is { Length: > 0 } a ? a : rt.Options.AccountId;
            var accepted = rt.Store.Atomic(() =>
            {
                var r = Vs.Require(rt, Vs.Transfer, Vs.PathId(transfer_id), "Volume transfer");
                var expected = r.Data()["auth_key"]!.GetValue<string>();
                if (!CryptographicOperations.FixedTimeEquals(System.Text.Encoding.UTF8.GetBytes(authKey), System.Text.Encoding.UTF8.GetBytes(expected)))
                    throw ApiException.BadRequest("INVALID_AUTH_KEY", "The auth key does not match this transfer.");
                Release(rt, r.Parent!, Vs.UserId(accountId));
                rt.Store.Delete(Vs.Service, Vs.Transfer, r.Id);
                return r;
            });
            return Reply.Json(Summary(accepted), 202);
        });
    }

    /// <summary>Puts the volume back to available, under a new owner when <paramref name="newUserId"/> is given.</summary>
    private static void Release(EmulatorRuntime rt, string volumeId, string? newUserId)
    {
        var volume = rt.Store.Get(Vs.Service, Vs.Volume, volumeId);
        if (volume == null) return;
        volume.State = "available";
        var data = volume.Data();
        if (newUserId != null) data["user_id"] = newUserId;
        data["modified_at"] = rt.Timestamp();
        volume.SetData(data);
        rt.Store.Update(volume);
    }

    private static JsonObject Summary(Resource r) => new() { ["id"] = r.Id, ["name"] = r.Name, ["volume_id"] = r.Parent };
}
