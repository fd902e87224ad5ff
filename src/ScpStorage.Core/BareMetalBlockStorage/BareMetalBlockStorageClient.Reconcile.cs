using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using ScpStorage.Core.Errors;
using ScpStorage.Core.Http;
using ScpStorage.Core.Reconcile;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    /// <summary>
    /// Lost answers (mechanism: <see cref="ScpCreates"/>, <see cref="ScpDoneOnRetry"/>), and how a
    /// 202 answer leads to the resource it started. SCP only calls <c>resource_id</c> "Resource
    /// id", so the client does not depend on it: it finds the new volume or group by the name
    /// the caller gave, and uses <c>resource_id</c> only when it names a resource of that name.
    /// </summary>
    public sealed partial class BareMetalBlockStorageClient
    {
        private Task<ScpBmRequest> CreateAsync(ScpRequest request, ScpCreateLookup<ScpBmRequest>? lookup, CancellationToken ct) =>
            ScpCreates.SendAsync(_client, request, r => Decode<ScpBmRequest>(r), lookup, ct);

        private ScpCreateLookup<ScpBmRequest> VolumeLookup(string name) =>
            new ScpCreateLookup<ScpBmRequest>($"volume '{name}'", $"Get-ScpBmVolume -Name '{name}'",
                async ct => (await NamedVolumes(name, ct).ConfigureAwait(false)).Select(v => Adopted(v.Id, v.CreatedAt)).ToList(),
                r => r.ResourceId ?? "", r => r.CreatedAt);

        private ScpCreateLookup<ScpBmRequest> GroupLookup(string name) =>
            new ScpCreateLookup<ScpBmRequest>($"volume group '{name}'", $"Get-ScpBmVolumeGroup -Name '{name}'",
                async ct => (await NamedGroups(name, ct).ConfigureAwait(false)).Select(g => Adopted(g.Id, g.CreatedAt)).ToList(),
                r => r.ResourceId ?? "", r => r.CreatedAt);

        private ScpBmRequest Adopted(string id, DateTimeOffset? createdAt) =>
            new ScpBmRequest { ResourceId = id, CreatedAt = createdAt }.Stamp<ScpBmRequest>(ServiceName, Connection);

        private Task<List<ScpBmVolume>> NamedVolumes(string name, CancellationToken ct) =>
            ScpBlockingWork.Start(() => ListVolumes(name: name, ct: ct).Where(v => v.Name == name).ToList(), ct);

        private Task<List<ScpBmVolumeGroup>> NamedGroups(string name, CancellationToken ct) =>
            ScpBlockingWork.Start(() => ListVolumeGroups(name: name, ct: ct).Where(g => g.Name == name).ToList(), ct);

        /// <summary>
        /// The volume a create or recovery started: Show(<c>resource_id</c>) when that volume has
        /// the requested name, otherwise the newest volume of that name created since
        /// <paramref name="since"/>; null when neither is found.
        /// </summary>
        public async Task<ScpBmVolume?> FindCreatedVolumeAsync(ScpBmRequest answer, string name, DateTimeOffset since, CancellationToken ct = default)
        {
            if (!string.IsNullOrEmpty(answer.ResourceId))
            {
                try
                {
                    var v = await GetVolumeAsync(answer.ResourceId!, ct).ConfigureAwait(false);
                    if (v.Name == name) return v;
                }
                catch (ScpRequestFailedException e) when (e.Status == 404) { }
            }
            var named = (await NamedVolumes(name, ct).ConfigureAwait(false))
                .Where(v => !(v.CreatedAt is DateTimeOffset at) || at >= since - ScpCreates.ClockSkew).OrderByDescending(v => v.CreatedAt).FirstOrDefault();
            return named == null ? null : await GetVolumeAsync(named.Id, ct).ConfigureAwait(false);
        }

        /// <summary>As <see cref="FindCreatedVolumeAsync"/> for a group; without a name (a recovery), a RECOVERY group created since then that is not <paramref name="notId"/>.</summary>
        public async Task<ScpBmVolumeGroup?> FindCreatedVolumeGroupAsync(ScpBmRequest answer, string? name, DateTimeOffset since, string? notId = null,
            CancellationToken ct = default)
        {
            bool Fits(ScpBmVolumeGroup g) => name != null ? g.Name == name
                : g.Id != notId && string.Equals(g.Purpose, "RECOVERY", StringComparison.OrdinalIgnoreCase);
            if (!string.IsNullOrEmpty(answer.ResourceId))
            {
                try
                {
                    var g = await GetVolumeGroupAsync(answer.ResourceId!, ct).ConfigureAwait(false);
                    if (Fits(g)) return g;
                }
                catch (ScpRequestFailedException e) when (e.Status == 404) { }
            }
            var candidates = name != null ? await NamedGroups(name, ct).ConfigureAwait(false)
                : await ScpBlockingWork.Start(() => ListVolumeGroups(ct: ct).ToList(), ct).ConfigureAwait(false);
            var found = candidates.Where(Fits).Where(g => !(g.CreatedAt is DateTimeOffset at) || at >= since - ScpCreates.ClockSkew)
                .OrderByDescending(g => g.CreatedAt).FirstOrDefault();
            return found == null ? null : await GetVolumeGroupAsync(found.Id, ct).ConfigureAwait(false);
        }

        /// <summary>Confirms a delete: the volume is gone, deleting or deleted.</summary>
        private async Task<(bool, object?)> ConfirmVolumeGone(string volumeId, CancellationToken ct)
        {
            try
            {
                var s = (await GetVolumeAsync(volumeId, ct).ConfigureAwait(false)).State;
                return (string.Equals(s, "DELETING", StringComparison.OrdinalIgnoreCase) || string.Equals(s, "DELETED", StringComparison.OrdinalIgnoreCase), null);
            }
            catch (ScpRequestFailedException e) when (e.Status == 404) { return (true, null); }
        }
    }
}
