using System;
using System.Collections;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.ArchiveStorage;
using Xunit;

namespace ScpStorage.Core.Tests.ArchiveStorage
{
    /// <summary>
    /// Every example response of seed 003 section 1 (Archive Storage 1.1, kept in
    /// TestData/ArchiveStorage) decodes into its model with no field lost: each value of the
    /// example is found on the decoded objects, and nothing lands in AdditionalProperties.
    /// Lists go through the client, which stamps the envelope's bucket (and source) on each item.
    /// </summary>
    public class ArchiveExampleDecodingTests
    {
        /// <summary>Envelope fields that only steer paging (see ScpPager); they are not model fields.</summary>
        private static readonly string[] PagingFields = { "count", "total_count", "is_truncated", "marker" };

        private static readonly Dictionary<string, Func<string, IReadOnlyList<object>>> Decoders = new Dictionary<string, Func<string, IReadOnlyList<object>>>
        {
            ["CreateArchivingPolicy"] = One<ScpArchivingPolicy>,
            ["CreateBucket"] = One<ScpArchiveBucketCreated>,
            ["RecoverObjects"] = One<ScpArchiveRecoveryStart>,
            ["RecoverObjectVersions"] = One<ScpArchiveRecoveryStart>,
            ["SetArchivingPolicy"] = One<ScpArchivingPolicy>,
            ["SetArchivingPolicyState"] = One<ScpArchivingPolicy>,
            ["ShowArchivingPolicy"] = One<ScpArchivingPolicy>,
            ["SetBucketEncryption"] = One<ScpArchiveBucketEncryption>,
            ["ShowBucketEncryption"] = One<ScpArchiveBucketEncryption>,
            ["SetBucketVersioning"] = One<ScpArchiveBucketVersioning>,
            ["ShowBucketVersioning"] = One<ScpArchiveBucketVersioning>,
            ["ShowArchivingHistory"] = One<ScpArchivingJob>,
            ["ShowRecoveryHistory"] = One<ScpArchiveRecoveryJob>,
            ["ShowBucket"] = One<ScpArchiveBucket>,
            ["ListBuckets"] = body => Listed("GET", "/v1/buckets", body, c => c.ListBuckets(details: false)),
            ["ListBucketObjects"] = body => Listed("GET", "/v1/buckets/b-1/objects", body, c => c.ListObjects("b-1", first: 1)),
            ["ListBucketObjectVersions"] = body => Listed("GET", "/v1/buckets/b-1/object-versions", body, c => c.ListObjectVersions("b-1", "hello/my_file.txt")),
            ["ListArchivingPolicies"] = body => Listed("GET", "/v1/archiving-policies", body, c => c.ListPolicies("138c2-fc8c2-9a449-dbfa86-81f8f-1d78e2")),
            ["ListArchivingHistories"] = body => Listed("GET", "/v1/archiving-histories", body,
                c => c.ListArchivingJobs("3d036efe-f576-48b0-8375-6d3704a95b63", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow)),
            ["ListRecoveryHistories"] = body => Listed("GET", "/v1/recovery-histories", body,
                c => c.ListRecoveryJobs("7d8d8c2b-d02a-421e-a6e3-5b981bfb507f", DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow)),
        };

        public static IEnumerable<object[]> Examples() => ArchiveFake.ExampleNames().OrderBy(n => n).Select(n => new object[] { n });

        [Fact]
        public void All_twenty_example_responses_of_the_seed_are_kept_and_each_has_a_decoder()
        {
            ArchiveFake.ExampleNames().Should().HaveCount(20).And.BeEquivalentTo(Decoders.Keys);
        }

        [Theory]
        [MemberData(nameof(Examples))]
        public void Example_response_decodes_with_no_field_lost(string operation)
        {
            var body = ArchiveFake.Example(operation);
            var decoded = Decoders[operation](body);
            decoded.Should().NotBeEmpty();
            foreach (var resource in decoded.OfType<ScpResource>())
                resource.AdditionalProperties.Should().BeNull($"{operation}: every field of the example is a model field");

            var values = decoded.SelectMany(ValuesOf).ToList();
            foreach (var (path, leaf) in Leaves(ScpJson.Parse(body), ""))
            {
                if (PagingFields.Contains(path)) continue;
                values.Should().Contain(v => Same(leaf, v), $"{operation}: the example's {path} = {leaf} must be on the decoded object");
            }
        }

        /// <summary>As the client decodes a single answer: straight from the body text through the shared reader.</summary>
        private static IReadOnlyList<object> One<T>(string body) where T : class
        {
            using (var reader = ScpJson.Reader(new System.IO.StringReader(body))) return new object[] { ScpJson.Read<T>(reader)! };
        }

        private static IReadOnlyList<object> Listed<T>(string method, string path, string body, Func<ArchiveStorageClient, IEnumerable<T>> list) where T : class
        {
            var fake = new ArchiveFake().On(method, path, 200, body);
            return list(fake.Client).Cast<object>().ToList();
        }

        private static IEnumerable<(string Path, JValue Value)> Leaves(JToken token, string path)
        {
            switch (token)
            {
                case JObject o:
                    foreach (var p in o.Properties())
                        foreach (var l in Leaves(p.Value, path.Length == 0 ? p.Name : path + "." + p.Name)) yield return l;
                    break;
                case JArray a:
                    foreach (var item in a) foreach (var l in Leaves(item, path + "[]")) yield return l;
                    break;
                case JValue v when v.Type != JTokenType.Null:
                    yield return (path, v);
                    break;
            }
        }

        /// <summary>Every property value reachable from a decoded object (lists and nested infos included).</summary>
        private static IEnumerable<object> ValuesOf(object o)
        {
            foreach (var p in o.GetType().GetProperties())
            {
                if (p.GetIndexParameters().Length > 0 || p.Name is "Service" or "Region" or "Environment" or "AdditionalProperties") continue;
                var v = p.GetValue(o);
                if (v == null) continue;
                if (v is string || v.GetType().IsValueType) { yield return v; continue; }
                if (v is IEnumerable list) { foreach (var item in list) if (item != null) foreach (var x in ValuesOf(item)) yield return x; continue; }
                foreach (var x in ValuesOf(v)) yield return x;
            }
        }

        private static bool Same(JValue leaf, object value)
        {
            if (value is DateTimeOffset d) return leaf.Type == JTokenType.Date ? leaf.ToObject<DateTimeOffset>() == d
                : leaf.Type == JTokenType.String && ScpDates.Parse((string?)leaf) == d;
            if (value is bool b) return string.Equals(leaf.ToString(CultureInfo.InvariantCulture), b ? "true" : "false", StringComparison.OrdinalIgnoreCase)
                || (leaf.Value is bool lb && lb == b);
            var text = leaf.Type == JTokenType.Date ? null : Convert.ToString(leaf.Value, CultureInfo.InvariantCulture);
            return text != null && text == Convert.ToString(value, CultureInfo.InvariantCulture);
        }
    }
}
