using System;
using System.Collections.Generic;
using FluentAssertions;
using ScpStorage.Core.Http;
using Xunit;

namespace ScpStorage.Core.Tests
{
    public class ScpUrlTests
    {
        private static Dictionary<string, string> Values(string name, string value) => new Dictionary<string, string> { [name] = value };

        [Theory]
        [InlineData("볼륨", "%EB%B3%BC%EB%A5%A8")]
        [InlineData("my vol", "my%20vol")]
        [InlineData("a+b", "a%2Bb")]
        [InlineData("a/b", "a%2Fb")]
        [InlineData("a:b", "a%3Ab")]
        [InlineData("a,b", "a%2Cb")]
        [InlineData("vol-1_2.3~4", "vol-1_2.3~4")]
        [InlineData("a?b#c%d&e=f", "a%3Fb%23c%25d%26e%3Df")]
        public void ExpandPath_escapes_ids(string id, string escaped)
        {
            ScpUrl.ExpandPath("/v1/volumes/{volume_id}/snapshots", Values("volume_id", id))
                .Should().Be("/v1/volumes/" + escaped + "/snapshots");
        }

        [Fact]
        public void ExpandPath_fills_several_placeholders_and_keeps_literal_text()
        {
            var values = new Dictionary<string, string> { ["volume_id"] = "v 1", ["snapshot_id"] = "s/2" };
            ScpUrl.ExpandPath("/v1/volumes/{volume_id}/snapshots/{snapshot_id}/restore", values)
                .Should().Be("/v1/volumes/v%201/snapshots/s%2F2/restore");
            ScpUrl.ExpandPath("/v1/volumes", null).Should().Be("/v1/volumes");
        }

        [Fact]
        public void ExpandPath_throws_when_a_value_is_missing_or_empty()
        {
            Action missing = () => ScpUrl.ExpandPath("/v1/volumes/{volume_id}", new Dictionary<string, string> { ["other"] = "x" });
            Action empty = () => ScpUrl.ExpandPath("/v1/volumes/{volume_id}", Values("volume_id", ""));
            Action none = () => ScpUrl.ExpandPath("/v1/volumes/{volume_id}", null);
            Action unclosed = () => ScpUrl.ExpandPath("/v1/volumes/{volume_id", Values("volume_id", "x"));

            missing.Should().Throw<ArgumentException>().WithMessage("*volume_id*");
            empty.Should().Throw<ArgumentException>().WithMessage("*volume_id*");
            none.Should().Throw<ArgumentException>();
            unclosed.Should().Throw<ArgumentException>();
        }

        [Fact]
        public void BuildQuery_skips_null_values_and_sorts_keys_ordinally()
        {
            var q = new List<KeyValuePair<string, string?>>
            {
                new KeyValuePair<string, string?>("name", null),
                new KeyValuePair<string, string?>("zeta", "1"),
                new KeyValuePair<string, string?>("Alpha", "2"),
                new KeyValuePair<string, string?>("alpha", "3"),
            };
            ScpUrl.BuildQuery(q).Should().Be("Alpha=2&alpha=3&zeta=1");
            ScpUrl.BuildQuery(null).Should().Be("");
            ScpUrl.BuildQuery(new[] { new KeyValuePair<string, string?>("a", null) }).Should().Be("");
        }

        [Fact]
        public void BuildQuery_keeps_empty_values_and_encodes_keys()
        {
            ScpUrl.BuildQuery(new[] { new KeyValuePair<string, string?>("a b", ""), new KeyValuePair<string, string?>("b", "x y") })
                .Should().Be("a+b=&b=x+y");
        }

        [Fact]
        public void ScpRequest_leaves_out_null_filters_and_repeats_array_keys()
        {
            var r = new ScpRequest("virtualserver", "ListVolumes", "get", "/v1/volumes")
                .WithQuery("name", (string?)null).WithQuery("limit", (int?)null).WithQuery("with_count", (bool?)true)
                .WithQuery("state", new[] { "in-use", "available" }).WithQuery("size", 8);
            r.Method.Should().Be("GET");
            r.RelativeUrl().Should().Be("/v1/volumes?size=8&state=in-use&state=available&with_count=true");
        }

        [Fact]
        public void Combine_joins_base_path_and_query()
        {
            ScpUrl.Combine("http://127.0.0.1:8642/virtualserver/", "/v1/volumes", "").Should().Be("http://127.0.0.1:8642/virtualserver/v1/volumes");
            ScpUrl.Combine("https://h", "v1/volumes", "a=1").Should().Be("https://h/v1/volumes?a=1");
        }

        public static IEnumerable<object[]> Awkward() => new[]
        {
            new object[] { "볼륨-01" }, new object[] { "my vol" }, new object[] { "a+b" }, new object[] { "a/b" },
            new object[] { "created_at:desc" }, new object[] { "created_at:desc,name:asc" },
            new object[] { "볼륨 a+b/c:d,e" }, new object[] { "a?b#c%d&e=f'g(h)i!j*k" }, new object[] { "..." },
        };

        [Theory]
        [MemberData(nameof(Awkward))]
        public void Built_urls_survive_System_Uri_unchanged(string value)
        {
            foreach (var baseUrl in new[] { "https://virtualserver.kr-west1.e.samsungsdscloud.com", "http://127.0.0.1:8642/virtualserver" })
            {
                var path = ScpUrl.ExpandPath("/v1/volumes/{volume_id}/snapshots", Values("volume_id", value));
                var query = ScpUrl.BuildQuery(new[]
                {
                    new KeyValuePair<string, string?>("name", value), new KeyValuePair<string, string?>("sort", "created_at:desc"),
                });
                var url = ScpUrl.Combine(baseUrl, path, query);

                new Uri(url).AbsoluteUri.Should().Be(url);
                new Uri(url, UriKind.Absolute).ToString().Should().NotBeNull();
                // And the query decodes back to the value given.
                TestUrl.ParseQuery(url)[0].Value.Should().Be(value);
            }
        }
    }
}
