using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json.Linq;
using ScpStorage.Core.Http;
using ScpStorage.Core.Signing;
using Xunit;

namespace ScpStorage.Core.Tests
{
    public class SigningVectorTests
    {
        private static readonly Lazy<JObject> Vectors = new Lazy<JObject>(() =>
            JObject.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "TestData", "signing.json"))));

        private static JArray SignatureVectors => (JArray)Vectors.Value["vectors"]!;
        private static JArray QueryVectors => (JArray)Vectors.Value["query_encoding"]!["vectors"]!;

        public static IEnumerable<object[]> SignatureCases() =>
            SignatureVectors.Select((v, i) => new object[] { i, (string)v["method"]! + " " + (string)v["url"]! });

        public static IEnumerable<object[]> QueryCases() =>
            QueryVectors.Select((v, i) => new object[] { i, (string)v["query"]! });

        [Fact]
        public void The_vector_file_is_copied_and_holds_both_confirmed_vectors()
        {
            SignatureVectors.Count.Should().BeGreaterOrEqualTo(10);
            QueryVectors.Count.Should().BeGreaterOrEqualTo(6);
            SignatureVectors.Select(v => (string)v["signature"]!).Should()
                .Contain(new[] { "TrIwvUyr2VAPaqB1lkO2NZeR5h8ZpKqZfpe11tM2dbU=", "n+0TwxLx71zMl+PIDOXaXe7T3IGzc+MDRc2y2BYoJfA=" });
        }

        [Theory]
        [MemberData(nameof(SignatureCases))]
        public void Sign_matches_the_vector(int index, string request)
        {
            var v = SignatureVectors[index];
            ((string)v["client_type"]!).Should().Be(ScpSigner.ClientType);

            var signature = ScpSigner.Sign((string)v["method"]!, (string)v["url"]!, (string)v["timestamp"]!,
                (string)v["access_key"]!, (string)v["account_id"]!, (string)v["secret_key"]!);

            signature.Should().Be((string)v["signature"]!, request);
        }

        [Theory]
        [MemberData(nameof(QueryCases))]
        public void BuildQuery_matches_the_vector(int index, string expected)
        {
            var v = QueryVectors[index];
            var parameters = ((JArray)v["params"]!)
                .Select(p => new KeyValuePair<string, string?>((string)p[0]!, (string)p[1]!)).ToList();

            ScpUrl.BuildQuery(parameters).Should().Be(expected);
        }

        [Theory]
        [MemberData(nameof(SignatureCases))]
        public void Vector_url_rebuilt_with_ScpUrl_is_byte_for_byte_the_same(int index, string request)
        {
            var url = (string)SignatureVectors[index]["url"]!;
            int schemeEnd = url.IndexOf("://", StringComparison.Ordinal) + 3;
            int pathStart = url.IndexOf('/', schemeEnd);
            int q = url.IndexOf('?');
            var baseUrl = url.Substring(0, pathStart);
            var escapedPath = q < 0 ? url.Substring(pathStart) : url.Substring(pathStart, q - pathStart);
            var parameters = TestUrl.ParseQuery(url);

            // Hand the parameters over in another order (keys reversed, repeated keys kept in order):
            // the builder must sort them back.
            var shuffled = parameters.GroupBy(p => p.Key).Reverse().SelectMany(g => g)
                .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value)).ToList();

            // Rebuild the path from its unescaped segments too, through the path template expander.
            var segments = escapedPath.Split('/');
            var values = new Dictionary<string, string>();
            var template = string.Join("/", segments.Select((s, i) =>
            {
                if (s.Length == 0) return s;
                values["p" + i] = Uri.UnescapeDataString(s);
                return "{p" + i + "}";
            }));

            ScpUrl.Combine(baseUrl, escapedPath, ScpUrl.BuildQuery(shuffled)).Should().Be(url, request);
            ScpUrl.Combine(baseUrl, ScpUrl.ExpandPath(template, values), ScpUrl.BuildQuery(shuffled)).Should().Be(url, request);
            new Uri(url).AbsoluteUri.Should().Be(url, "the vector URL must survive System.Uri unchanged");
        }

        [Fact]
        public void Signature_changes_with_every_signed_part()
        {
            string Sign(string method = "GET", string url = "https://iam.e.samsungsdscloud.com/v1/endpoints", string ts = "1700000000000",
                string ak = "AK", string? account = "", string secret = "SECRET") => ScpSigner.Sign(method, url, ts, ak, account, secret);

            var baseline = Sign();
            baseline.Should().Be("n+0TwxLx71zMl+PIDOXaXe7T3IGzc+MDRc2y2BYoJfA=");
            Sign(account: null).Should().Be(baseline, "a missing account id signs as empty");
            Sign(method: "get").Should().Be(baseline, "the method is signed upper-case");
            new[]
            {
                Sign(method: "POST"), Sign(url: "https://iam.e.samsungsdscloud.com/v1/endpoints?x=1"), Sign(ts: "1700000000001"),
                Sign(ak: "AK2"), Sign(account: "a"), Sign(secret: "SECRET2"),
            }.Should().NotContain(baseline).And.OnlyHaveUniqueItems();
        }

        [Fact]
        public void Timestamp_is_unix_milliseconds()
        {
            ScpSigner.Timestamp(DateTimeOffset.FromUnixTimeMilliseconds(1700000000123)).Should().Be("1700000000123");
            ScpSigner.Timestamp(new DateTimeOffset(2023, 11, 14, 22, 13, 20, TimeSpan.Zero)).Should().Be("1700000000000");
            ScpSigner.Timestamp(new DateTimeOffset(2023, 11, 15, 7, 13, 20, TimeSpan.FromHours(9))).Should().Be("1700000000000");
        }
    }
}
