using System;
using System.Collections.Generic;

namespace ScpStorage.Emulator.Http;

/// <summary>
/// Thrown by handlers and checks; the API middleware turns it into SCP's error body
/// <c>{"errors":[{status, code, title, detail}]}</c>, so handlers never format errors themselves.
/// </summary>
internal class ApiException : Exception
{
    public ApiException(int status, string code, string detail) : base(detail)
    {
        Status = status;
        Code = code;
    }

    public int Status { get; }
    public string Code { get; }

    public static ApiException NotFound(string what, string id) => new(404, "NOT_FOUND", $"{what} '{id}' was not found.");
    public static ApiException InvalidState(string detail) => new(409, "INVALID_STATE", detail);
    public static ApiException BadRequest(string code, string detail) => new(400, code, detail);
}

/// <summary>A request validation failure, answered with <c>{"detail":[{loc, msg, type}]}</c>.</summary>
internal sealed class ValidationException : ApiException
{
    public ValidationException(string location, string field, string message, string type)
        : base(400, "VALIDATION_ERROR", message)
    {
        Errors = new[] { (new[] { location, field }, message, type) };
    }

    /// <summary>Several invalid fields answered at once (see <see cref="ValidationErrors"/>).</summary>
    public ValidationException(IReadOnlyList<(string[] Loc, string Msg, string Type)> errors)
        : base(400, "VALIDATION_ERROR", string.Join(" ", System.Linq.Enumerable.Select(errors, e => e.Msg)))
    {
        Errors = errors;
    }

    public IReadOnlyList<(string[] Loc, string Msg, string Type)> Errors { get; }
}
