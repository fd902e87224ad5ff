using System.Collections;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Core;
using ScpStorage.Core.VirtualServer;

namespace ScpStorage.Cmdlets.Shared
{
    /// <summary>What one piped value names: the object itself, an id or a name of the cmdlet's kind.</summary>
    internal sealed class PipedTarget
    {
        private PipedTarget(object? resource, string? id, string? name, ScpResource? from)
        {
            Resource = resource; Id = id; Name = name; From = from;
        }

        /// <summary>A piped object of the cmdlet's own kind, used as it is.</summary>
        public object? Resource { get; }
        public string? Id { get; }
        /// <summary>A name or wildcard pattern.</summary>
        public string? Name { get; }
        /// <summary>The piped SCP object the reference came from: the target is read in its region.</summary>
        public ScpResource? From { get; }

        public static PipedTarget Of(object resource) => new PipedTarget(resource, null, null, resource as ScpResource);
        public static PipedTarget ById(string id, ScpResource? from) => new PipedTarget(null, id, null, from);
        public static PipedTarget ByName(string name, ScpResource? from) => new PipedTarget(null, null, name, from);
    }

    /// <summary>
    /// The one pipeline binding rule of every cmdlet that targets a resource kind:
    /// <list type="bullet">
    /// <item>an object of the cmdlet's own kind binds as itself;</item>
    /// <item>a plain string binds as an id when it looks like one (a UUID), otherwise as a name
    /// where the cmdlet takes names (and as an id where it does not);</item>
    /// <item>an SCP object of ANOTHER kind binds by its reference to this kind
    /// (<see cref="ResourceKind.IdReference"/>, then <see cref="ResourceKind.IdsReference"/>, then
    /// <see cref="ResourceKind.NameReference"/>) and never by its own Id — a snapshot piped to
    /// Get-ScpVolume means its volume;</item>
    /// <item>any other object (Import-Csv rows, hashtables) binds by the reference property,
    /// then by <c>Id</c>, then by <c>Name</c>.</item>
    /// </list>
    /// Null when the value names nothing of this kind; the caller writes the error.
    /// </summary>
    internal static class PipedTargets
    {
        public static List<PipedTarget>? Resolve(object? piped, ResourceKind kind, bool takesNames)
        {
            var value = piped is PSObject p ? p.BaseObject : piped;
            switch (value)
            {
                case null: return null;
                case string s:
                    if (s.Length == 0) return null;
                    return One(takesNames && !kind.LooksLikeId(s) ? PipedTarget.ByName(s, null) : PipedTarget.ById(s, null));
            }
            if (kind.Model.IsInstanceOfType(value)) return One(PipedTarget.Of(value));

            var from = value as ScpResource;
            var wrapped = piped as PSObject ?? PSObject.AsPSObject(value);
            if (Text(wrapped, value, kind.IdReference) is string id) return One(PipedTarget.ById(id, from));
            if (kind.IdsReference != null && Property(wrapped, value, kind.IdsReference) is IEnumerable ids && !(ids is string))
                return ids.Cast<object?>().Select(i => i?.ToString()).Where(i => !string.IsNullOrEmpty(i)).Select(i => PipedTarget.ById(i!, from)).ToList();
            if (kind.NameReference != null && Text(wrapped, value, kind.NameReference) is string referenced)
                return One(PipedTarget.ByName(referenced, from));
            if (from != null) return null; // another SCP kind without a reference to this one: never its own Id
            if (Text(wrapped, value, "Id") is string ownId) return One(PipedTarget.ById(ownId, null));
            if (takesNames && Text(wrapped, value, "Name") is string ownName) return One(PipedTarget.ByName(ownName, null));
            return null;
        }

        /// <summary>The message for a piped value that names nothing of this kind.</summary>
        public static string Unbound(object? piped, ResourceKind kind, string command)
        {
            var value = piped is PSObject p ? p.BaseObject : piped;
            var type = value is PSObject o ? o.TypeNames.FirstOrDefault() : value?.GetType().Name ?? "null";
            var refs = string.Join(", ", new[] { kind.IdReference, kind.IdsReference, kind.NameReference }.Where(r => r != null));
            return $"{command} cannot tell which {kind.Noun} a piped {type} means: pipe a {kind.Model.Name}, an id or name, or an object with a {refs} property.";
        }

        private static List<PipedTarget> One(PipedTarget t) => new List<PipedTarget> { t };

        private static object? Property(PSObject wrapped, object value, string name) =>
            value is IDictionary d ? (d.Contains(name) ? d[name] : null) : wrapped.Properties[name]?.Value;

        private static string? Text(PSObject wrapped, object value, string name)
        {
            var v = Property(wrapped, value, name);
            if (v is PSObject pv) v = pv.BaseObject;
            return v is string s ? (s.Length == 0 ? null : s) : null;
        }
    }
}
