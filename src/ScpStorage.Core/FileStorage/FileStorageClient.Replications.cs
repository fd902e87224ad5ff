using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Reconcile;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>A replication (or backup copy) to create (ReplicationCreateRequest).</summary>
    public sealed class FileReplicationSpec
    {
        public string VolumeId { get; set; } = "";
        /// <summary>The replica volume's name (same rule as volume names).</summary>
        public string Name { get; set; } = "";
        /// <summary>The target region, e.g. kr-east1.</summary>
        public string Region { get; set; } = "";
        /// <summary>5min, hourly, daily, weekly or monthly.</summary>
        public string Frequency { get; set; } = "hourly";
        /// <summary>replication or backup.</summary>
        public string ReplicationType { get; set; } = "replication";
        public int? BackupRetentionCount { get; set; }
        /// <summary>The replica's CIFS password; sent only in the body, redacted from every log.</summary>
        public string? CifsPassword { get; set; }
    }

    /// <summary>A change to a replication (ReplicationUpdateRequest); which kind decides <c>replication_update_type</c>.</summary>
    public sealed class FileReplicationChange
    {
        /// <summary>use or paused → <c>replication_update_type: policy</c>.</summary>
        public string? Policy { get; set; }
        /// <summary>→ <c>replication_update_type: modify_schedule</c>, with <see cref="BackupRetentionCount"/>.</summary>
        public string? Frequency { get; set; }
        public int? BackupRetentionCount { get; set; }

        public bool ChangesPolicy => Policy != null;
        public bool ChangesSchedule => Frequency != null || BackupRetentionCount.HasValue;
    }

    public sealed partial class FileStorageClient
    {
        /// <summary>The replications of one (source) volume.</summary>
        public IEnumerable<ScpFileReplication> ListReplications(string volumeId, CancellationToken ct = default) =>
            _wire.Unpaged<ScpFileReplication>(FileStorageOperations.ListVolumeReplications.Request()
                .WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), "replications", ct);

        public async Task<ScpFileReplication> GetReplicationAsync(string volumeId, string replicationId, CancellationToken ct = default) =>
            _wire.Decode<ScpFileReplication>(await _wire.SendAsync(FileStorageOperations.ShowVolumeReplication.Request()
                .WithPath("replication_id", ScpServiceWire.Id(replicationId, nameof(replicationId)))
                .WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), ct).ConfigureAwait(false));

        /// <summary>Starts a replication (202, status <c>creating</c>); SCP makes the replica volume in the target region.</summary>
        public Task<ScpFileReplication> CreateReplicationAsync(FileReplicationSpec spec, CancellationToken ct = default)
        {
            if (spec == null) throw new ArgumentNullException(nameof(spec));
            var body = new JObject
            {
                ["name"] = spec.Name, ["replication_frequency"] = spec.Frequency, ["region"] = spec.Region,
                ["volume_id"] = ScpServiceWire.Id(spec.VolumeId, nameof(spec.VolumeId)), ["replication_type"] = spec.ReplicationType,
            };
            if (spec.BackupRetentionCount.HasValue) body["backup_retention_count"] = spec.BackupRetentionCount.Value;
            if (spec.CifsPassword != null) body["cifs_password"] = spec.CifsPassword;
            return ScpCreates.SendAsync(_wire.Client, FileStorageOperations.CreateVolumeReplication.Request().WithBody(body),
                r => _wire.Decode<ScpFileReplication>(r), ReplicationLookup(spec), ct);
        }

        /// <summary>
        /// Changes a replication (202). SCP takes one kind of change per request
        /// (<c>replication_update_type</c>), so a policy change and a schedule change are two requests.
        /// Returns the last answer. A repeated PUT with the same body is harmless.
        /// </summary>
        public async Task<ScpFileReplication?> SetReplicationAsync(string volumeId, string replicationId, FileReplicationChange change, CancellationToken ct = default)
        {
            if (change == null) throw new ArgumentNullException(nameof(change));
            if (!change.ChangesPolicy && !change.ChangesSchedule) throw new ArgumentException("Nothing to change.", nameof(change));
            ScpFileReplication? last = null;
            if (change.ChangesPolicy)
                last = await SendUpdate(new JObject { ["replication_policy"] = change.Policy, ["replication_update_type"] = "policy" }).ConfigureAwait(false);
            if (change.ChangesSchedule)
            {
                var body = new JObject { ["replication_update_type"] = "modify_schedule" };
                if (change.Frequency != null) body["replication_frequency"] = change.Frequency;
                if (change.BackupRetentionCount.HasValue) body["backup_retention_count"] = change.BackupRetentionCount.Value;
                last = await SendUpdate(body).ConfigureAwait(false);
            }
            return last;

            async Task<ScpFileReplication?> SendUpdate(JObject body) =>
                _wire.Optional<ScpFileReplication>(await _wire.SendAsync(FileStorageOperations.SetVolumeReplication.Request()
                    .WithPath("replication_id", ScpServiceWire.Id(replicationId, nameof(replicationId)))
                    .WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))).WithBody(body), ct).ConfigureAwait(false));
        }

        /// <summary>Deletes a replication (202, no body); the replica volume stays.</summary>
        public Task DeleteReplicationAsync(string volumeId, string replicationId, CancellationToken ct = default) =>
            DeleteConfirmedAsync(c => _wire.SendAsync(FileStorageOperations.DeleteVolumeReplication.Request()
                    .WithPath("replication_id", ScpServiceWire.Id(replicationId, nameof(replicationId)))
                    .WithQuery("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), c),
                async c => (await GetReplicationAsync(volumeId, replicationId, c).ConfigureAwait(false)).Status, $"delete of replication {replicationId}", ct);

        /// <summary>
        /// The regions a volume of <paramref name="typeName"/> in <paramref name="sourceRegion"/> can be
        /// replicated to. SCP's example sends the list as the text <c>"['kr-west1']"</c> although the
        /// model is an array: both are read.
        /// </summary>
        public async Task<IReadOnlyList<string>> ListReplicationRegionsAsync(string typeName, string sourceRegion, string replicationType, CancellationToken ct = default)
        {
            var r = FileStorageOperations.ListVolumeReplicationRegion.Request()
                .WithQuery("type_name", typeName).WithQuery("source_region_name", sourceRegion).WithQuery("replication_type", replicationType);
            var json = (await _wire.SendAsync(r, ct).ConfigureAwait(false)).Json as JObject;
            return Regions(json?["regions"]);
        }

        internal static IReadOnlyList<string> Regions(JToken? token)
        {
            if (token is JArray array) return array.Select(t => t.Type == JTokenType.String ? (string)t! : t.ToString()).Where(s => s.Length > 0).ToList();
            if (token != null && token.Type == JTokenType.String)
                return ((string)token!).Trim().TrimStart('[').TrimEnd(']').Split(',')
                    .Select(s => s.Trim().Trim('\'', '"').Trim()).Where(s => s.Length > 0).ToList();
            return Array.Empty<string>();
        }
    }
}
