using System;
using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Config;
using ScpStorage.Core.Http;
using ScpStorage.Core.Reconcile;

namespace ScpStorage.Core.FileStorage
{
    /// <summary>What a new File Storage volume is made of (CreateVolume's body).</summary>
    public sealed class FileVolumeCreateSpec
    {
        /// <summary>3–21 characters: a lowercase letter, then lowercase letters, digits or '_'.</summary>
        public string Name { get; set; } = "";
        /// <summary>NFS or CIFS.</summary>
        public string Protocol { get; set; } = "NFS";
        /// <summary>HDD, SSD or HighPerformanceSSD.</summary>
        public string TypeName { get; set; } = "HDD";
        public string? SnapshotId { get; set; }
        /// <summary>The CIFS account password; sent only in the body, redacted from every log.</summary>
        public string? CifsPassword { get; set; }
        public IDictionary<string, string?>? Tags { get; set; }
    }

    /// <summary>
    /// Typed File Storage operations over one <see cref="ScpClient"/>: volumes, snapshots,
    /// snapshot schedules, access rules, replications, plus waits. Child resources (snapshots,
    /// schedules, rules, replications) are addressed with their volume's id, which SCP's list
    /// payloads omit: every child this client returns carries it. Every failure is an
    /// <see cref="Errors.ScpRequestFailedException"/>.
    /// </summary>
    public sealed partial class FileStorageClient
    {
        /// <summary>The service name in endpoints and the Scp-Api-Version header.</summary>
        public const string ServiceName = "filestorage";
        /// <summary>Page size used when the caller gives none (SCP documents no maximum; conservative).</summary>
        public const int DefaultPageSize = 100;
        /// <summary>The largest page asked for (the emulator caps at 1000; SCP documents no maximum).</summary>
        public const int MaxPageSize = 1000;

        private readonly ScpServiceWire _wire;

        public FileStorageClient(ScpClient client) { _wire = new ScpServiceWire(client, ServiceName); }

        public ScpConnection Connection => _wire.Client.Connection;

        // ---- Volumes -------------------------------------------------------------------------

        /// <summary>Streams volumes; <paramref name="sort"/> is one of name|created_at with :asc|:desc.</summary>
        public IEnumerable<ScpFileVolume> ListVolumes(string? name = null, string? typeName = null, string? sort = null,
            int pageSize = DefaultPageSize, int? first = null, CancellationToken ct = default)
        {
            var r = FileStorageOperations.ListVolumes.Request().WithQuery("name", name).WithQuery("type_name", typeName).WithQuery("sort", sort);
            return _wire.Paged<ScpFileVolume>(r, "filestorages", pageSize, MaxPageSize, first, v => v.Id, ct);
        }

        public async Task<ScpFileVolume> GetVolumeAsync(string volumeId, CancellationToken ct = default)
        {
            var v = _wire.Decode<ScpFileVolume>(await _wire.SendAsync(FileStorageOperations.ShowVolume.Request()
                .WithPath("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), ct).ConfigureAwait(false));
            v.IsDetailed = true;
            return v;
        }

        /// <summary>Creates a volume (202); the answer holds id, name, protocol, type and source snapshot, no state.</summary>
        public Task<ScpFileVolume> CreateVolumeAsync(FileVolumeCreateSpec spec, CancellationToken ct = default)
        {
            if (spec == null) throw new ArgumentNullException(nameof(spec));
            if (string.IsNullOrEmpty(spec.Name)) throw new ArgumentException("A volume needs a name.", nameof(spec));
            var body = new JObject { ["name"] = spec.Name, ["protocol"] = spec.Protocol, ["type_name"] = spec.TypeName };
            if (spec.SnapshotId != null) body["snapshot_id"] = spec.SnapshotId;
            if (spec.CifsPassword != null) body["cifs_password"] = spec.CifsPassword;
            if (ScpServiceWire.Tags(spec.Tags) is JArray tags) body["tags"] = tags;
            return ScpCreates.SendAsync(_wire.Client, FileStorageOperations.CreateVolume.Request().WithBody(body),
                r => _wire.Decode<ScpFileVolume>(r), VolumeLookup(spec.Name), ct);
        }

        /// <summary>
        /// Turns file-unit recovery on or off (the only settable property; 202). The answer holds
        /// only the flag: it is returned with the volume's id. Sending it again is harmless.
        /// </summary>
        public async Task<ScpFileVolume?> SetVolumeAsync(string volumeId, bool fileUnitRecoveryEnabled, CancellationToken ct = default)
        {
            var answer = _wire.Optional<ScpFileVolume>(await _wire.SendAsync(FileStorageOperations.SetVolume.Request()
                .WithPath("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId)))
                .WithBody(new JObject { ["file_unit_recovery_enabled"] = fileUnitRecoveryEnabled }), ct).ConfigureAwait(false));
            if (answer != null && answer.Id.Length == 0) answer.Id = volumeId;
            return answer;
        }

        /// <summary>Starts deleting a volume (202, no body).</summary>
        public Task DeleteVolumeAsync(string volumeId, CancellationToken ct = default) =>
            DeleteConfirmedAsync(c => _wire.SendAsync(FileStorageOperations.DeleteVolume.Request()
                    .WithPath("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))), c),
                async c => (await GetVolumeAsync(volumeId, c).ConfigureAwait(false)).State, $"delete of volume {volumeId}", ct);
    }
}
