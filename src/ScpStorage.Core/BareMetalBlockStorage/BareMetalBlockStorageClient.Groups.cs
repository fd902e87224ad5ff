using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using Ops = ScpStorage.Core.BareMetalBlockStorage.BareMetalBlockStorageOperations;

namespace ScpStorage.Core.BareMetalBlockStorage
{
    public sealed partial class BareMetalBlockStorageClient
    {
        /// <summary>Streams volume groups (offset/limit); <paramref name="name"/> is sent as SCP's filter.</summary>
        public IEnumerable<ScpBmVolumeGroup> ListVolumeGroups(string? name = null, string? sort = null, int pageSize = DefaultPageSize,
            int? first = null, CancellationToken ct = default) =>
            Stream<ScpBmVolumeGroup>(Ops.ListVolumeGroups.Request().WithQuery("name", name).WithQuery("sort", sort),
                "volume_groups", pageSize, first, g => g.Id, ct);

        public async Task<ScpBmVolumeGroup> GetVolumeGroupAsync(string volumeGroupId, CancellationToken ct = default)
        {
            var g = Result<ScpBmVolumeGroup>(await SendAsync(Ops.ShowVolumeGroup.Request()
                .WithPath("volume_group_id", Id(volumeGroupId, nameof(volumeGroupId))), ct).ConfigureAwait(false));
            g.IsDetailed = true;
            g.NumOfBlockStorages ??= g.MemberVolumes.Count;
            return g;
        }

        /// <summary>Starts creating a group of existing volumes (202); a lost answer is reconciled by the group's name.</summary>
        public Task<ScpBmRequest> CreateVolumeGroupAsync(string name, IEnumerable<string> volumeIds, IDictionary<string, string?>? tags = null,
            CancellationToken ct = default)
        {
            if (string.IsNullOrEmpty(name)) throw new ArgumentException("A volume group needs a name.", nameof(name));
            var body = new JObject { ["name"] = name, ["volume_ids"] = Ids(volumeIds) };
            if (tags != null) body["tags"] = new JArray(tags.Select(t => new JObject { ["key"] = t.Key, ["value"] = t.Value }));
            return CreateAsync(Ops.CreateVolumeGroup.Request().WithBody(body), GroupLookup(name), ct);
        }

        /// <summary>Adds volumes to a group in one request (the body takes a list).</summary>
        public Task<ScpBmVolumeGroupMembers> AddVolumeGroupMembersAsync(string volumeGroupId, IEnumerable<string> volumeIds, CancellationToken ct = default) =>
            Members(Ops.AddVolumeGroupMember, volumeGroupId, volumeIds, ct);

        /// <summary>Removes volumes from a group in one request. SCP has no operation that deletes a group.</summary>
        public Task<ScpBmVolumeGroupMembers> RemoveVolumeGroupMembersAsync(string volumeGroupId, IEnumerable<string> volumeIds, CancellationToken ct = default) =>
            Members(Ops.RemoveVolumeGroupMember, volumeGroupId, volumeIds, ct);

        /// <summary>Recovers a group snapshot into a new group whose volumes are named with <paramref name="volumeNamePrefix"/> (202; API 1.1 and later).</summary>
        public async Task<ScpBmRequest> CreateVolumeGroupRecoveryAsync(string volumeGroupId, string snapshotId, string volumeNamePrefix, CancellationToken ct = default)
        {
            Refuse(Ops.CreateVolumeGroupRecovery);
            var r = Ops.CreateVolumeGroupRecovery.Request().WithPath("volume_group_id", Id(volumeGroupId, nameof(volumeGroupId)))
                .WithBody(new JObject { ["block_storage_name_prefix"] = volumeNamePrefix, ["snapshot_id"] = Id(snapshotId, nameof(snapshotId)) });
            // The recovered group's name is SCP's choice, so a lost answer cannot be matched by name: no lookup, a plain error.
            return await CreateAsync(r, null, ct).ConfigureAwait(false);
        }

        private async Task<ScpBmVolumeGroupMembers> Members(VirtualServer.ScpOperation op, string volumeGroupId, IEnumerable<string> volumeIds, CancellationToken ct)
        {
            var r = op.Request().WithPath("volume_group_id", Id(volumeGroupId, nameof(volumeGroupId))).WithBody(new JObject { ["volume_ids"] = Ids(volumeIds) });
            return Decode<ScpBmVolumeGroupMembers>(await SendAsync(r, ct).ConfigureAwait(false));
        }

        private static JArray Ids(IEnumerable<string> ids)
        {
            var list = new JArray(ids.Select(i => Id(i, "volumeId")).Distinct(StringComparer.Ordinal));
            return list.Count > 0 ? list : throw new ArgumentException("Name at least one volume.", nameof(ids));
        }
    }
}
