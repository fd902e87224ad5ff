using System;
using System.Collections.Generic;
using System.Management.Automation;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.Shared
{
    /// <summary>
    /// The listing shape every Get- cmdlet of a resource kind shares: all of them (-Name with
    /// wildcards, -First), by -Id, or whatever is piped — bound by the one rule of
    /// <see cref="PipedTargets"/> (own kind as itself, strings as ids or names, another kind by its
    /// reference to this one). A cmdlet supplies its kind, how to read one and how to list; it
    /// adds its own filters as parameters of the List set.
    /// </summary>
    public abstract class ScpGetCmdlet<TClient, T> : ScpCmdlet, ITargetsKind where TClient : class where T : class
    {
        protected const string List = "List";
        protected const string ById = ResourceTargets.ById;
        protected const string ByObject = ResourceTargets.ByObject;

        /// <summary>Names; wildcards allowed. With piped parents, filters what is listed for them.</summary>
        [Parameter(ParameterSetName = List, Position = 0)]
        [Parameter(ParameterSetName = ByObject)]
        [SupportsWildcards]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public string[]? Name { get; set; }

        /// <summary>
        /// Ids to read. Virtual so a cmdlet can redeclare it with its kind's alias (-VolumeId):
        /// PowerShell reads a parameter's attributes from the most derived declaration only.
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public virtual string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>
        /// Piped input: objects of this kind, id or name strings, or objects of another kind
        /// (bound by their reference to this kind, e.g. a snapshot's VolumeId).
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

        /// <summary>Stop after this many (per piped parent).</summary>
        [Parameter(ParameterSetName = List)]
        [Parameter(ParameterSetName = ByObject)]
        [ValidateRange(1, int.MaxValue)]
        public int? First { get; set; }

        /// <summary>The kind this cmdlet lists: how it is read by id and named.</summary>
        internal abstract ResourceKind<TClient, T> Kind { get; }

        ResourceKind ITargetsKind.TargetKind => Kind;

        /// <summary>
        /// The lazy listing with this call's filters; <paramref name="serverName"/> and
        /// <paramref name="serverFirst"/> may be sent to SCP. Without filters of its own, a cmdlet
        /// lists the way its kind does.
        /// </summary>
        protected virtual IEnumerable<T> ListAll(TClient client, string? serverName, int? serverFirst) => Kind.ListNamed(client, serverName, CancelToken);

        /// <summary>A piped parent whose children this cmdlet lists (a volume's snapshots); false for anything else.</summary>
        protected virtual bool WriteChildrenOf(object piped) => false;

        /// <summary>Parameter sets of the cmdlet's own (other than List, ById, ByObject).</summary>
        protected virtual void ProcessOtherSet() { }

        protected override void ProcessRecord()
        {
            switch (ParameterSetName)
            {
                case List: WriteList(Client<TClient>(), Name); break;
                case ById: foreach (var id in Id) WriteById(id, null); break;
                case ByObject: foreach (var piped in InputObject) WritePiped(piped); break;
                default: ProcessOtherSet(); break;
            }
        }

        /// <summary>Streams the listing of <paramref name="client"/>, matched against <paramref name="names"/> (see <see cref="ResourceTargets.WriteMatching"/>).</summary>
        protected void WriteList(TClient client, string[]? names, object? errorTarget = null) =>
            ResourceTargets.WriteMatching(this, Kind, ListAll(client, NamePatterns.ServerFilter(names), NamePatterns.ServerFirst(names, First)),
                Kind.NameOf, names, First, errorTarget);

        protected void WriteById(string id, Core.ScpResource? from) =>
            ResourceTargets.WriteOne(this, Kind, id, (c, ct) => Kind.Read(c, id, ct), from == null ? null : ConnectionFor(from));

        private void WritePiped(PSObject piped)
        {
            var value = piped?.BaseObject;
            if (value != null && !(value is string) && WriteChildrenOf(value)) return;
            var targets = PipedTargets.Resolve(piped, Kind, takesNames: true);
            if (targets == null)
            {
                WriteError(ScpErrorRecords.InvalidArgument(PipedTargets.Unbound(piped, Kind, MyInvocation.MyCommand.Name), piped));
                return;
            }
            foreach (var t in targets)
            {
                // An object of this kind is read again: Get- answers with SCP's current state.
                if (t.Resource is T own) WriteById(Kind.IdOf(own), own as Core.ScpResource);
                else if (t.Id != null) WriteById(t.Id, t.From);
                else WriteList(t.From == null ? Client<TClient>() : ClientOf<TClient>(t.From), new[] { t.Name! }, piped);
            }
        }
    }
}
