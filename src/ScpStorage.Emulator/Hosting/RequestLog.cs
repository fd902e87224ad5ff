using System.Collections.Generic;

namespace ScpStorage.Emulator;

/// <summary>Thread-safe, bounded request log (oldest entries drop first, so long runs stay small).</summary>
internal sealed class RequestLog
{
    private const int Capacity = 100_000;
    private readonly object _gate = new();
    private readonly Queue<RecordedRequest> _items = new();

    public void Add(RecordedRequest request)
    {
        lock (_gate)
        {
            if (_items.Count >= Capacity) _items.Dequeue();
            _items.Enqueue(request);
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (_gate) return _items.ToArray();
    }

    public void Clear()
    {
        lock (_gate) _items.Clear();
    }
}
