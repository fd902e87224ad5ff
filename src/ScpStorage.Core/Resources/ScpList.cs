using System.Collections.Generic;
using System.Collections.ObjectModel;
using System.Linq;

namespace ScpStorage.Core
{
    /// <summary>
    /// A list property of a model (a volume's servers, a server's addresses). Indexable and
    /// enumerable like the array it replaces; its text is the items joined with "; ", because
    /// Export-Csv and string expansion write a property with the value's own ToString(), not with
    /// the module's views (an array would be written as its type name).
    /// </summary>
    public sealed class ScpList<T> : Collection<T>
    {
        public ScpList() { }

        public ScpList(IEnumerable<T> items) : base(items.ToList()) { }

        public override string ToString() => string.Join("; ", this.Select(i => i?.ToString()));
    }

    /// <summary>Builds an <see cref="ScpList{T}"/> from a sequence.</summary>
    public static class ScpListExtensions
    {
        public static ScpList<T> ToScpList<T>(this IEnumerable<T> items) => new ScpList<T>(items);
    }
}
