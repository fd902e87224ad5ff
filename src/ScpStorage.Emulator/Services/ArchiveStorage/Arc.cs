using System;
using System.Globalization;
using System.Linq;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Services.ArchiveStorage;

/// <summary>Names, states and small helpers shared by the Archive Storage routes.</summary>
internal static class Arc
{
    public const string Service = "archivestorage";
    public const string Bucket = "bucket";
    /// <summary>One row per object version: parent = bucket id, name = key, state = Latest or Noncurrent.</summary>
    public const string Object = "object";
    public const string Policy = "policy";
    public const string ArchivingHistory = "archiving_history";
    public const string RecoveryHistory = "recovery_history";
    /// <summary>The simulated Object Storage (not an SCP API here): id = bucket name.</summary>
    public const string ObsBucket = "obs_bucket";
    /// <summary>An object of a simulated Object Storage bucket: parent = bucket name, name = key.</summary>
    public const string ObsObject = "obs_object";

    public const string Latest = "LATEST";
    public const string Noncurrent = "NONCURRENT";

    // SCP documents SUCCESS only; the running, failed and cancelled names are the emulator's
    // own choice (upper case, as the service's other states), and no client depends on them.
    public const string Running = "RUNNING";
    public const string Success = "SUCCESS";
    public const string Canceled = "CANCELED";
    public const string Failed = "FAILED";

    public static Resource New(string kind, string id, string? name, string state, string createdAt, string? parent = null) =>
        new() { Service = Service, Kind = kind, Id = id, Name = name, State = state, CreatedAt = createdAt, Parent = parent };

    public static Resource RequireBucket(EmulatorRuntime rt, string id) =>
        rt.Store.Get(Service, Bucket, id) ?? throw ApiException.NotFound("Bucket", id);

    /// <summary>A required query parameter, or a validation error naming it.</summary>
    public static string Query(HttpContext ctx, string name, ValidationErrors errors) =>
        errors.Field(() => ListParameters.Value(ctx, name) ?? throw new ValidationException("query", name, "Field required.", "missing"));

    /// <summary>A history of this bucket by the <c>id</c> and <c>bucket_id</c> query parameters (404 for another bucket's).</summary>
    public static Resource RequireHistory(EmulatorRuntime rt, HttpContext ctx, string kind, string what)
    {
        var errors = new ValidationErrors();
        var id = Query(ctx, "id", errors);
        var bucketId = Query(ctx, "bucket_id", errors);
        errors.ThrowIfAny();
        RequireBucket(rt, bucketId);
        var h = rt.Store.Get(Service, kind, id);
        if (h == null || h.Parent != bucketId) throw ApiException.NotFound(what, id);
        return h;
    }

    /// <summary>An S3-like version id (32 characters of letters, digits, '.' and '_').</summary>
    public static string VersionId()
    {
        const string chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._";
        var bytes = RandomNumberGenerator.GetBytes(32);
        return new string(bytes.Select(b => chars[b % chars.Length]).ToArray());
    }

    public static string Etag() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();

    /// <summary>An integer-valued field as SCP sends numbers here: a string.</summary>
    public static string Text(long value) => value.ToString(CultureInfo.InvariantCulture);

    /// <summary>Escapes a LIKE pattern's wildcards ('\' is the escape character).</summary>
    public static string Like(string text) => text.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_");

    public static DateTimeOffset? Date(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var d) ? d : null;
}
