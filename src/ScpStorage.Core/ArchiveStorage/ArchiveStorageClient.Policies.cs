using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Http;

namespace ScpStorage.Core.ArchiveStorage
{
    public sealed partial class ArchiveStorageClient
    {
        /// <summary>
        /// A bucket's archiving policies (one request; the list is not paged). The list items are
        /// flat and the envelope carries the bucket id and source bucket name: both are stamped on
        /// each policy so it looks exactly like one read by id.
        /// </summary>
        public IEnumerable<ScpArchivingPolicy> ListPolicies(string bucketId, CancellationToken ct = default)
        {
            var id = Id(bucketId, nameof(bucketId));
            return Items();
            IEnumerable<ScpArchivingPolicy> Items()
            {
                var body = _client.Send(ArchiveStorageOperations.ListArchivingPolicies.Request().WithQuery("bucket_id", id), ct).Json as JObject;
                if (body == null) yield break;
                var source = body["archiving_source_bucket_name"]?.Type == JTokenType.String ? (string?)body["archiving_source_bucket_name"] : null;
                var envelopeBucket = body["bucket_id"]?.Type == JTokenType.String ? (string?)body["bucket_id"] : null;
                if (!(body["archiving_policies"] is JArray items)) yield break;
                foreach (var item in items.OfType<JObject>())
                {
                    var policy = ScpJson.Decode<ScpArchivingPolicy>(item);
                    if (policy == null) continue;
                    if (string.IsNullOrEmpty(policy.BucketId)) policy.BucketId = envelopeBucket ?? id;
                    if (policy.SourceBucketName == null) policy.SourceBucketName = source;
                    yield return policy.Stamp<ScpArchivingPolicy>(ServiceName, Connection);
                }
            }
        }

        public async Task<ScpArchivingPolicy> GetPolicyAsync(string bucketId, string policyId, CancellationToken ct = default) =>
            Policy(await SendAsync(PolicyRequest(ArchiveStorageOperations.ShowArchivingPolicy, bucketId, policyId), ct).ConfigureAwait(false), bucketId);

        /// <summary>Creates an ACTIVE policy that archives from <paramref name="sourceBucketName"/> (201 with the policy).</summary>
        public Task<ScpArchivingPolicy> CreatePolicyAsync(string bucketId, string sourceBucketName, int objectLifecycle, string objectPath = "/",
            CancellationToken ct = default)
        {
            var id = Id(bucketId, nameof(bucketId));
            if (string.IsNullOrWhiteSpace(sourceBucketName)) throw new ArgumentException("The source Object Storage bucket name is required.", nameof(sourceBucketName));
            if (objectPath != "/") throw new ArgumentException("SCP allows only '/' as the source object path.", nameof(objectPath));
            var body = new JObject
            {
                ["archiving_source_bucket_name"] = sourceBucketName,
                ["object_lifecycle"] = Lifecycle(objectLifecycle),
                ["object_path"] = objectPath,
            };
            return Reconcile.ScpCreates.SendAsync(_client, ArchiveStorageOperations.CreateArchivingPolicy.Request().WithQuery("bucket_id", id).WithBody(body),
                r => Policy(r, id), PolicyLookup(id, sourceBucketName), ct);
        }

        /// <summary>Changes a policy's object lifecycle (200 with the policy).</summary>
        public async Task<ScpArchivingPolicy> SetPolicyAsync(string bucketId, string policyId, int objectLifecycle, CancellationToken ct = default) =>
            Policy(await SendAsync(PolicyRequest(ArchiveStorageOperations.SetArchivingPolicy, bucketId, policyId)
                .WithBody(new JObject { ["object_lifecycle"] = Lifecycle(objectLifecycle) }), ct).ConfigureAwait(false), bucketId);

        /// <summary>Sets a policy ACTIVE or INACTIVE; the answer has only id, bucket and state, so the policy is read back.</summary>
        public async Task<ScpArchivingPolicy> SetPolicyStateAsync(string bucketId, string policyId, bool active, CancellationToken ct = default)
        {
            var state = active ? ArchiveStorageStates.PolicyActive : ArchiveStorageStates.PolicyInactive;
            await SendAsync(PolicyRequest(ArchiveStorageOperations.SetArchivingPolicyState, bucketId, policyId)
                .WithBody(new JObject { ["state"] = state }), ct).ConfigureAwait(false);
            return await GetPolicyAsync(bucketId, policyId, ct).ConfigureAwait(false);
        }

        private ScpArchivingPolicy Policy(ScpResponse response, string bucketId)
        {
            var p = Decode<ScpArchivingPolicy>(response);
            if (string.IsNullOrEmpty(p.BucketId)) p.BucketId = bucketId;
            return p;
        }

        private static ScpRequest PolicyRequest(VirtualServer.ScpOperation op, string bucketId, string policyId) =>
            op.Request().WithPath("archiving_policy_id", Id(policyId, nameof(policyId))).WithQuery("bucket_id", Id(bucketId, nameof(bucketId)));

        /// <summary>SCP types object_lifecycle as a string; the module takes a whole number and sends its invariant text.</summary>
        private static string Lifecycle(int value) =>
            value < 1 ? throw new ArgumentOutOfRangeException(nameof(value), value, "The object lifecycle must be at least 1.") : value.ToString(CultureInfo.InvariantCulture);
    }
}
