using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.VirtualServer
{
    public sealed partial class VirtualServerClient
    {
        /// <summary>Streams snapshots; <paramref name="sort"/> keys are id, name, created_at, status, size.</summary>
        public IEnumerable<ScpVolumeSnapshot> ListSnapshots(SnapshotFilter? filter = null, string? sort = null, int pageSize = DefaultPageSize,
            int? first = null, CancellationToken ct = default)
        {
            var r = VirtualServerOperations.ListSnapshots.Request()
                .WithQuery("volume_id", filter?.VolumeId).WithQuery("name", filter?.Name).WithQuery("sort", sort);
            return Stream<ScpVolumeSnapshot>(WithoutTotal(r), "snapshots", pageSize, first, x => x.Id, ct);
        }

        public async Task<ScpVolumeSnapshot> GetSnapshotAsync(string snapshotId, CancellationToken ct = default) =>
            Decode<ScpVolumeSnapshot>(Require(await SendAsync(VirtualServerOperations.GetSnapshot.Request()
                .WithPath("snapshot_id", Id(snapshotId, nameof(snapshotId))), ct).ConfigureAwait(false), "snapshot"));

        /// <summary>
        /// Starts a snapshot (202, status <c>creating</c>). <paramref name="force"/> allows an in-use
        /// volume; <paramref name="metadata"/> is stored with the snapshot.
        /// </summary>
        public async Task<ScpVolumeSnapshot> CreateSnapshotAsync(string volumeId, string name, string? description = null, bool? force = null,
            IDictionary<string, string>? metadata = null, CancellationToken ct = default)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A snapshot needs a name.", nameof(name));
            var body = new JObject { ["name"] = name, ["volume_id"] = Id(volumeId, nameof(volumeId)) };
            if (description != null) body["description"] = description;
            if (force.HasValue) body["force"] = force.Value;
            if (metadata != null) body["metadata"] = JObject.FromObject(metadata);
            return await Reconcile.ScpCreates.SendAsync(_client, VirtualServerOperations.CreateSnapshot.Request().WithBody(body),
                r => Decode<ScpVolumeSnapshot>(Require(r, "snapshot")), SnapshotLookup(volumeId, name), ct).ConfigureAwait(false);
        }

        /// <summary>Renames a snapshot and optionally sets its description (SnapshotUpdateRequest requires name).</summary>
        public async Task<ScpVolumeSnapshot> UpdateSnapshotAsync(string snapshotId, string name, string? description = null, CancellationToken ct = default)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A snapshot needs a name.", nameof(name));
            var body = new JObject { ["name"] = name };
            if (description != null) body["description"] = description;
            var r = VirtualServerOperations.UpdateSnapshot.Request().WithPath("snapshot_id", Id(snapshotId, nameof(snapshotId))).WithBody(body);
            return Decode<ScpVolumeSnapshot>(Require(await SendAsync(r, ct).ConfigureAwait(false), "snapshot"));
        }

        /// <summary>Starts deleting a snapshot (202).</summary>
        public Task DeleteSnapshotAsync(string snapshotId, CancellationToken ct = default) =>
            DeleteConfirmedAsync(c => SendAsync(VirtualServerOperations.DeleteSnapshot.Request().WithPath("snapshot_id", Id(snapshotId, nameof(snapshotId))), c),
                c => GetSnapshotAsync(snapshotId, c), s => s.State, $"delete of snapshot {snapshotId}", ct);

        // ---- Volume types --------------------------------------------------------------------

        public IEnumerable<ScpVolumeType> ListVolumeTypes(int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default) =>
            Stream<ScpVolumeType>(VirtualServerOperations.ListVolumeTypes.Request(), "volume_types", pageSize, first, x => x.Id, ct);

        public async Task<ScpVolumeType> GetVolumeTypeAsync(string volumeTypeId, CancellationToken ct = default) =>
            Decode<ScpVolumeType>(Require(await SendAsync(VirtualServerOperations.GetVolumeType.Request()
                .WithPath("volume_type_id", Id(volumeTypeId, nameof(volumeTypeId))), ct).ConfigureAwait(false), "volume_type"));

        /// <summary>The type a volume gets when created without one; <see cref="ScpVolumeType.IsDefault"/> is true.</summary>
        public async Task<ScpVolumeType> GetDefaultVolumeTypeAsync(CancellationToken ct = default)
        {
            var type = Decode<ScpVolumeType>(Require(await SendAsync(VirtualServerOperations.GetDefaultVolumeType.Request(), ct).ConfigureAwait(false), "volume_type"));
            type.IsDefault = true;
            return type;
        }
    }
}
