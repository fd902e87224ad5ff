using System.Collections.Generic;
using System.Linq;

namespace ScpStorage.Core
{
    /// <summary>
    /// A key → value property of a model (tags, metadata, extra specs), case-insensitive unless
    /// said otherwise. Its text is "key=value; key=value" in the order the keys came, for the
    /// same reason as <see cref="ScpList{T}"/>.
    /// </summary>
    public sealed class ScpMap<TValue> : Dictionary<string, TValue>
    {
        public ScpMap() : base(System.StringComparer.OrdinalIgnoreCase) { }

        public ScpMap(IEqualityComparer<string> comparer) : base(comparer) { }

        /// <summary>A copy of <paramref name="items"/> (case-insensitive keys).</summary>
        public ScpMap(IDictionary<string, TValue> items) : base(items, System.StringComparer.OrdinalIgnoreCase) { }

        public override string ToString() => string.Join("; ", this.Select(kv => $"{kv.Key}={kv.Value}"));
    }
}
