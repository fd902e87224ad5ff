using System.Collections.Generic;
using System.Linq;
using System.Management.Automation;

namespace ScpStorage.Cmdlets.Shared
{
    /// <summary>
    /// The volume a child cmdlet (snapshots, schedules, rules, replications of services that
    /// address children through their volume) works on, by the shared pipeline rule: a piped
    /// volume as itself, an id or name string, or an object that refers to one (a snapshot's
    /// VolumeId); -VolumeId ids are read; with neither, every volume (listed in full first) when
    /// <c>allWhenNone</c>, else none.
    /// </summary>
    internal static class VolumeChildren
    {
        public const string ByVolume = "ByVolume";
        public const string ByVolumeId = "ByVolumeId";

        public static IEnumerable<TVolume> Resolve<TClient, TVolume>(ScpCmdlet cmdlet, ResourceKind<TClient, TVolume> kind,
            PSObject[]? volume, string[]? volumeId, bool allWhenNone) where TClient : class where TVolume : class
        {
            if (volume != null && volume.Length > 0)
                return volume.Where(v => v != null).SelectMany(v => ResourceTargets.Piped(cmdlet, kind, v));
            if (volumeId != null && volumeId.Length > 0)
                return volumeId.Select(id => ResourceTargets.ReadOne(cmdlet, kind, id)).Where(v => v != null).Select(v => v!);
            return allWhenNone ? ResourceTargets.NamedOf(cmdlet, kind, new[] { "*" }) : Enumerable.Empty<TVolume>();
        }
    }

    /// <summary>
    /// Get- cmdlets for a volume's children (no -Wait or -AsJob): the volume piped or given as
    /// -Volume, or named by -VolumeId; every volume when none is named. A service base names its
    /// volume kind; -VolumeId completes that kind's ids through <see cref="Completion.KindCompleter"/>
    /// (the cmdlet's <see cref="ITargetsKind"/> is the volume kind, not the child's).
    /// </summary>
    public abstract class VolumeChildReaderCmdlet<TClient, TVolume> : ScpCmdlet, ITargetsKind where TClient : class where TVolume : class
    {
        protected const string ByVolume = VolumeChildren.ByVolume;
        protected const string ByVolumeId = VolumeChildren.ByVolumeId;

        /// <summary>The volume: a volume from the service's Get- cmdlet, a volume id or name, or an object with a VolumeId property.</summary>
        [Parameter(ParameterSetName = ByVolume, ValueFromPipeline = true, Position = 0)]
        [ValidateNotNull]
        public PSObject[]? Volume { get; set; }

        /// <summary>Ids of the volumes.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVolumeId)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public string[]? VolumeId { get; set; }

        /// <summary>The service's volume kind: how a volume is read, listed and completed.</summary>
        internal abstract ResourceKind<TClient, TVolume> VolumeKind { get; }

        ResourceKind ITargetsKind.TargetKind => VolumeKind;

        /// <summary>The volumes of this input (every volume when none is named).</summary>
        protected IEnumerable<TVolume> Volumes() => VolumeChildren.Resolve(this, VolumeKind, Volume, VolumeId, allWhenNone: true);
    }

    /// <summary>
    /// Mutating cmdlets on a volume's children, with -Wait and -AsJob: the same -Volume/-VolumeId
    /// shape as <see cref="VolumeChildReaderCmdlet{TClient,TVolume}"/> (declared again: a class has
    /// one base, and readers must not take -Wait), but a volume must be named: without -Volume or
    /// -VolumeId PowerShell asks for it (a call that named nothing used to do nothing, silently).
    /// </summary>
    public abstract class VolumeChildCmdlet<TClient, TVolume> : ScpWaitCmdlet, ITargetsKind where TClient : class where TVolume : class
    {
        protected const string ByVolume = VolumeChildren.ByVolume;
        protected const string ByVolumeId = VolumeChildren.ByVolumeId;

        /// <summary>The volume: a volume from the service's Get- cmdlet, a volume id or name, or an object with a VolumeId property.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVolume, ValueFromPipeline = true, Position = 0)]
        [ValidateNotNull]
        public PSObject[]? Volume { get; set; }

        /// <summary>Ids of the volumes.</summary>
        [Parameter(Mandatory = true, ParameterSetName = ByVolumeId)]
        [ValidateNotNullOrEmpty]
        [ArgumentCompleter(typeof(Completion.KindCompleter))]
        public string[]? VolumeId { get; set; }

        /// <summary>The service's volume kind: how a volume is read, listed and completed.</summary>
        internal abstract ResourceKind<TClient, TVolume> VolumeKind { get; }

        ResourceKind ITargetsKind.TargetKind => VolumeKind;

        /// <summary>The volumes of this input.</summary>
        protected IEnumerable<TVolume> Volumes() => VolumeChildren.Resolve(this, VolumeKind, Volume, VolumeId, allWhenNone: false);
    }
}
