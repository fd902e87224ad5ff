using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using ScpStorage.Emulator.Store;

namespace ScpStorage.Emulator.Http;

/// <summary>
/// A list answer, <c>{head}[item,item,…]{tail}</c>, written to the response as UTF-8 item by
/// item. Every service's list routes answer through it. Pages of 1,000 items are half a
/// megabyte: built as one string (and its UTF-8 copy) they landed on the large object heap
/// three times a page, and the full collections that garbage set off paused the whole process —
/// the module under test too, when the emulator runs in-process (the benchmarks, the engine tests).
/// </summary>
internal sealed class ListBody : IResult
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private const int BufferChars = 8192;

    private readonly string _head, _tail;
    private readonly string[] _items;

    /// <param name="head">Everything before the array, e.g. <c>{"count":3,"volumes":</c>.</param>
    /// <param name="tail">Everything after it, e.g. <c>}</c>.</param>
    public ListBody(string head, IReadOnlyList<Resource> items, Func<Resource, string> render, string tail = "}")
    {
        _head = head; _tail = tail;
        _items = new string[items.Count];
        for (int i = 0; i < items.Count; i++) _items[i] = render(items[i]); // rendered before the status is sent: a render failure is still a clean error answer
    }

    /// <summary>The exact text sent (for tests and small answers).</summary>
    public override string ToString() => _head + "[" + string.Join(",", _items) + "]" + _tail;

    public async Task ExecuteAsync(HttpContext ctx)
    {
        long bytes = Utf8.GetByteCount(_head) + Utf8.GetByteCount(_tail) + 2 + Math.Max(0, _items.Length - 1);
        foreach (var item in _items) bytes += Utf8.GetByteCount(item);
        ctx.Response.StatusCode = StatusCodes.Status200OK;
        ctx.Response.ContentType = "application/json; charset=utf-8";
        ctx.Response.ContentLength = bytes;

        // Writes go out as the buffer fills; the writer is flushed, never disposed (that would close the body).
        var writer = new StreamWriter(ctx.Response.Body, Utf8, BufferChars);
        await writer.WriteAsync(_head);
        await writer.WriteAsync('[');
        for (int i = 0; i < _items.Length; i++)
        {
            if (i > 0) await writer.WriteAsync(',');
            await writer.WriteAsync(_items[i]);
        }
        await writer.WriteAsync(']');
        await writer.WriteAsync(_tail);
        await writer.FlushAsync(ctx.RequestAborted);
    }
}
