using ScpStorage.Core.Threading;
using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;

namespace ScpStorage.Core.FileStorage
{
    public sealed partial class FileStorageClient
    {
        /// <summary>The object types an access rule may name (AccessRuleRequest.object_type).</summary>
        public static readonly IReadOnlyList<string> AccessObjectTypes = new[] { "VM", "BM", "GPU", "GPU_NODE", "ENDPOINT" };

        /// <summary>Who may mount one volume, each rule carrying <paramref name="volumeId"/>.</summary>
        public IEnumerable<ScpFileAccessRule> ListAccessRules(string volumeId, CancellationToken ct = default)
        {
            var r = FileStorageOperations.ListAccessRules.Request().WithPath("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId)));
            return _wire.Unpaged<ScpFileAccessRule>(r, "access_rules", ct).Select(a => { a.VolumeId = volumeId; return a; });
        }

        /// <summary>
        /// Adds (<paramref name="add"/> true) or removes one access rule (SetAccessRule, 202). A retry
        /// after a lost answer that SCP refuses (409: rule already there / already gone) is
        /// confirmed against the volume's rules.
        /// </summary>
        public Task<ScpFileAccessRule?> SetAccessRuleAsync(string volumeId, string objectType, string objectId, bool add, CancellationToken ct = default)
        {
            var body = new JObject
            {
                ["object_id"] = ScpServiceWire.Id(objectId, nameof(objectId)),
                ["object_type"] = objectType ?? throw new ArgumentNullException(nameof(objectType)),
                ["action"] = add ? "add" : "remove",
            };
            var r = FileStorageOperations.SetAccessRule.Request().WithPath("volume_id", ScpServiceWire.Id(volumeId, nameof(volumeId))).WithBody(body);
            return Reconcile.ScpDoneOnRetry.SendAsync(_wire.Client,
                async c =>
                {
                    var answer = _wire.Optional<ScpFileAccessRule>(await _wire.SendAsync(r, c).ConfigureAwait(false));
                    if (answer != null && string.IsNullOrEmpty(answer.VolumeId)) answer.VolumeId = volumeId;
                    return answer;
                },
                e => e.Status == 409,
                c => ScpBlockingWork.Start(() =>
                {
                    var present = ListAccessRules(volumeId, c).Any(a => Same(a, objectType, objectId));
                    return (present == add, (ScpFileAccessRule?)null);
                }, c),
                $"{(add ? "grant" : "revocation")} of access for {objectType} {objectId} to volume {volumeId}", ct);
        }

        /// <summary>Whether a listed rule is the one for this object (object types compare case-insensitively).</summary>
        public static bool Same(ScpFileAccessRule a, string objectType, string objectId) =>
            string.Equals(a.ObjectType, objectType, StringComparison.OrdinalIgnoreCase) && a.ObjectId == objectId;
    }
}
