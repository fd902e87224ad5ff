using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using System.Text.RegularExpressions;

namespace ScpStorage.Cmdlets.Shared
{
    /// <summary>
    /// One kind of SCP resource as the cmdlets target it: the word errors and prompts use, its
    /// model type, and the properties by which objects of OTHER kinds refer to it (a snapshot's
    /// <c>VolumeId</c>, a server's <c>VolumeIds</c>, a volume's <c>VolumeType</c>). Those
    /// references are how a piped object of another kind binds (see <see cref="PipedTargets"/>).
    /// </summary>
    internal class ResourceKind
    {
        private static readonly Regex UuidLike = new Regex("^(?:[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9a-fA-F]{32})$", RegexOptions.CultureInvariant);

        public ResourceKind(string noun, string service, Type model, string idReference, string? idsReference, string? nameReference,
            Completion.ResourceCompleter? completer)
        {
            Noun = noun; Service = service; Model = model; IdReference = idReference; IdsReference = idsReference; NameReference = nameReference;
            Completer = completer;
        }

        /// <summary>Completes ids and names of this kind (for -Id/-Name of the shared cmdlet bases).</summary>
        public Completion.ResourceCompleter? Completer { get; }

        /// <summary>The word for one resource in messages, e.g. "volume".</summary>
        public string Noun { get; }
        /// <summary>The SCP service name, for not-found errors.</summary>
        public string Service { get; }
        public Type Model { get; }
        /// <summary>The property other objects name this kind's id with, e.g. <c>VolumeId</c>.</summary>
        public string IdReference { get; }
        /// <summary>A property holding several ids of this kind, e.g. a server's <c>VolumeIds</c>.</summary>
        public string? IdsReference { get; }
        /// <summary>A property holding this kind's name, e.g. a volume's <c>VolumeType</c>.</summary>
        public string? NameReference { get; }

        /// <summary>
        /// Whether a piped string is taken as an id rather than a name: SCP ids are UUIDs (dashed
        /// or 32 hex digits); anything else is a name (wildcards allowed).
        /// </summary>
        public virtual bool LooksLikeId(string value) => UuidLike.IsMatch(value);
    }

    /// <summary>A cmdlet that targets one resource kind (the shared bases), so completion can find the kind by command name.</summary>
    internal interface ITargetsKind
    {
        ResourceKind TargetKind { get; }
    }

    /// <summary>A resource kind served by the typed client <typeparamref name="TClient"/>.</summary>
    internal class ResourceKind<TClient> : ResourceKind where TClient : class
    {
        public ResourceKind(string noun, Type model, string idReference, string? idsReference = null, string? nameReference = null,
            Completion.ResourceCompleter<TClient>? completer = null)
            : base(noun, ScpServices.Of<TClient>.Service.Name, model, idReference, idsReference, nameReference, completer) { }
    }
}

namespace ScpStorage.Cmdlets.Shared
{
    /// <summary>
    /// A resource kind with the few facts the shared bases need to act on it: how to read one by
    /// id, how to list them for name resolution (with an exact name SCP may filter on), and how
    /// to tell an object's id and name.
    /// </summary>
    internal sealed class ResourceKind<TClient, T> : ResourceKind<TClient> where TClient : class where T : class
    {
        /// <param name="idForm">The form of this kind's ids when they are not UUIDs (e.g. <c>BACKUP_AGENT-abcd</c>), so a piped string of that form is read as an id.</param>
        public ResourceKind(string noun, string idReference, Func<TClient, string, CancellationToken, Task<T>> read,
            Func<TClient, string?, CancellationToken, IEnumerable<T>> listNamed, Func<T, string> id, Func<T, string?> name,
            string? idsReference = null, string? nameReference = null, Completion.ResourceCompleter<TClient>? completer = null, Regex? idForm = null)
            : base(noun, typeof(T), idReference, idsReference, nameReference, completer)
        {
            Read = read; ListNamed = listNamed; IdOf = id; NameOf = name; _idForm = idForm;
        }

        private readonly Regex? _idForm;

        public override bool LooksLikeId(string value) => base.LooksLikeId(value) || (_idForm?.IsMatch(value) ?? false);

        public Func<TClient, string, CancellationToken, Task<T>> Read { get; }
        /// <summary>The lazy listing names are matched against; the string is an exact name SCP may filter on (or null).</summary>
        public Func<TClient, string?, CancellationToken, IEnumerable<T>> ListNamed { get; }
        public Func<T, string> IdOf { get; }
        public Func<T, string?> NameOf { get; }
    }
}
