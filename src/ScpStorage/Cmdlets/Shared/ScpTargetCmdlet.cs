using System;
using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;
using ScpStorage.Errors;

namespace ScpStorage.Cmdlets.Shared
{
    /// <summary>
    /// The target shape every waiting cmdlet that acts on existing resources of one kind shares
    /// (Remove-, Resize-, Dismount-…): -Id, -Name (wildcards: every match, each confirmed), or
    /// whatever is piped, bound by the one rule of <see cref="PipedTargets"/>. The piped-object
    /// set is the default so a piped object binds as itself (no second read, and it goes back to
    /// its own region). <see cref="Targets"/> yields the resolved objects; anything that cannot
    /// be resolved is an error for that input only.
    /// </summary>
    public abstract class ScpTargetCmdlet<TClient, T> : ScpWaitCmdlet, ITargetsKind where TClient : class where T : class
    {
        protected const string ById = ResourceTargets.ById;
        protected const string ByName = ResourceTargets.ByName;
        protected const string ByObject = ResourceTargets.ByObject;

        /// <summary>
        /// Ids of the resources to act on. Virtual so a cmdlet can redeclare it with its kind's
        /// alias (-VolumeId): PowerShell reads a parameter's attributes from the most derived
        /// declaration only.
        /// </summary>
        [Parameter(Mandatory = true, Position = 0, ParameterSetName = ById)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public virtual string[] Id { get; set; } = Array.Empty<string>();

        /// <summary>Names; wildcards allowed (every match is acted on, each confirmed).</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByName)]
        [SupportsWildcards]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public string[] Name { get; set; } = Array.Empty<string>();

        /// <summary>
        /// Piped input: objects of this kind (from the Get- cmdlet), id or name strings, or
        /// objects of another kind (bound by their reference to this kind, never by their own Id).
        /// </summary>
        [Parameter(Mandatory = true, ParameterSetName = ByObject, ValueFromPipeline = true)]
        public PSObject[] InputObject { get; set; } = Array.Empty<PSObject>();

        /// <summary>The kind this cmdlet acts on: how it is read, listed and named (for example <c>VirtualServerKinds.Volume</c>).</summary>
        internal abstract ResourceKind<TClient, T> Kind { get; }

        ResourceKind ITargetsKind.TargetKind => Kind;

        /// <summary>The resources this input names, resolved by the parameter set it was bound through.</summary>
        protected IEnumerable<T> Targets()
        {
            switch (ParameterSetName)
            {
                case ById: return Id.Select(id => Read(id, null)).Where(t => t != null)!;
                case ByName: return Named(Name, null);
                default: return InputObject.SelectMany(Piped);
            }
        }

        private T? Read(string id, Core.ScpResource? from) =>
            ResourceTargets.ReadOne(this, Kind, id, from == null ? null : ConnectionFor(from));

        private List<T> Named(string[] names, Core.ScpResource? from) =>
            ResourceTargets.NamedOf(this, Kind, names, from == null ? null : ConnectionFor(from));

        private IEnumerable<T> Piped(PSObject piped) => ResourceTargets.Piped(this, Kind, piped);
    }
}
