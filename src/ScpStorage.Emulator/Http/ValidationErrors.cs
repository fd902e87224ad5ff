using System;
using System.Collections.Generic;

namespace ScpStorage.Emulator.Http;

/// <summary>
/// Collects every invalid field of one request before answering, as SCP's validation body
/// lists them all: a client that fixes the one field it was told about must not meet the next
/// one on the following attempt. Each read or check that throws a <see cref="ValidationException"/>
/// is recorded and the route goes on; <see cref="ThrowIfAny"/> answers 400 with all of them.
/// </summary>
internal sealed class ValidationErrors
{
    private readonly List<(string[] Loc, string Msg, string Type)> _errors = new();

    public bool Any => _errors.Count > 0;

    /// <summary>Reads a field; when it reads, runs <paramref name="check"/> on the value. Failures are kept, default returned.</summary>
    public T Field<T>(Func<T> read, Action<T>? check = null)
    {
        T value;
        try { value = read(); }
        catch (ValidationException e) { _errors.AddRange(e.Errors); return default!; }
        if (check != null && value != null) Check(() => check(value));
        return value;
    }

    public void Check(Action check)
    {
        try { check(); }
        catch (ValidationException e) { _errors.AddRange(e.Errors); }
    }

    public void ThrowIfAny()
    {
        if (_errors.Count > 0) throw new ValidationException(_errors.ToArray());
    }
}
