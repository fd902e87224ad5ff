using System;
using System.Globalization;
using System.Linq;
using FluentAssertions;
using ScpStorage.Core.Config;
using Xunit;

namespace ScpStorage.Core.Tests
{
    public class ApiVersionAndEndpointTests
    {
        [Theory]
        [InlineData("archivestorage", "1.1")]
        [InlineData("backup", "1.2")]
        [InlineData("baremetal-blockstorage", "1.3")]
        [InlineData("filestorage", "1.1")]
        [InlineData("parallel-filestorage", "1.0")]
        [InlineData("virtualserver", "1.1")]
        public void Current_version_per_service_is_the_documented_one(string service, string version)
        {
            var current = ScpApiVersions.Current(service);
            current.Version.Should().Be(version);
            current.IsCurrent.Should().BeTrue();
            current.NotBefore.Should().BeNull();
            current.IsExpired(DateTimeOffset.MaxValue).Should().BeFalse("a CURRENT version never expires");
            current.HeaderValue.Should().Be(service + " " + version);
            ScpApiVersions.Of(service).Count(v => v.IsCurrent).Should().Be(1);
        }

        [Fact]
        public void Every_service_is_known()
        {
            ScpApiVersions.Services.Should().BeEquivalentTo(new[]
            {
                "archivestorage", "backup", "baremetal-blockstorage", "filestorage", "parallel-filestorage", "virtualserver",
            });
            ((Action)(() => ScpApiVersions.Current("nosuchservice"))).Should().Throw<ArgumentException>().WithMessage("*nosuchservice*");
        }

        [Theory]
        [InlineData("archivestorage", "1.0", "2025-12-31")]
        [InlineData("backup", "1.1", "2026-05-31")]
        [InlineData("backup", "1.0", "2026-03-31")]
        [InlineData("baremetal-blockstorage", "1.2", "2026-05-31")]
        [InlineData("baremetal-blockstorage", "1.1", "2026-03-31")]
        [InlineData("baremetal-blockstorage", "1.0", "2025-12-31")]
        [InlineData("filestorage", "1.0", "2025-12-31")]
        [InlineData("virtualserver", "1.0", "2025-12-31")]
        public void Deprecated_versions_expire_on_their_Not_Before_date(string service, string version, string date)
        {
            var notBefore = DateTimeOffset.ParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal);
            var v = ScpApiVersions.Find(service, version);

            v.Should().NotBeNull();
            v!.IsCurrent.Should().BeFalse();
            v.NotBefore.Should().Be(notBefore);
            v.NotBefore!.Value.Offset.Should().Be(TimeSpan.Zero);
            v.IsExpired(notBefore.AddTicks(-1)).Should().BeFalse();
            v.IsExpired(notBefore.AddDays(-30)).Should().BeFalse();
            v.IsExpired(notBefore).Should().BeTrue();
            v.IsExpired(notBefore.AddDays(1)).Should().BeTrue();
            // The same instant seen from Seoul is still expired.
            v.IsExpired(notBefore.ToOffset(TimeSpan.FromHours(9))).Should().BeTrue();
        }

        [Fact]
        public void Find_is_null_for_unpublished_versions_and_case_insensitive_on_service()
        {
            ScpApiVersions.Find("virtualserver", "9.9").Should().BeNull();
            ScpApiVersions.Find("VirtualServer", "1.1")!.IsCurrent.Should().BeTrue();
        }

        [Theory]
        [InlineData("virtualserver 1.1", "virtualserver", "1.1")]
        [InlineData("  baremetal-blockstorage   1.3 ", "baremetal-blockstorage", "1.3")]
        public void ParseHeader_reads_service_and_version(string header, string service, string version)
        {
            var parsed = ScpApiVersions.ParseHeader(header);
            parsed.Should().NotBeNull();
            parsed!.Value.Service.Should().Be(service);
            parsed.Value.Version.Should().Be(version);
        }

        [Theory]
        [InlineData(null)]
        [InlineData("")]
        [InlineData("   ")]
        [InlineData("virtualserver")]
        [InlineData("virtualserver 1.1 extra")]
        public void ParseHeader_rejects_other_shapes(string? header)
        {
            ScpApiVersions.ParseHeader(header).Should().BeNull();
        }

        [Theory]
        [InlineData(ScpEndpoints.DefaultTemplate, "virtualserver", "kr-west1", "e", "https://virtualserver.kr-west1.e.samsungsdscloud.com")]
        [InlineData(ScpEndpoints.DefaultTemplate, "baremetal-blockstorage", "kr-south3", "g", "https://baremetal-blockstorage.kr-south3.g.samsungsdscloud.com")]
        [InlineData("http://127.0.0.1:8642/{service}", "filestorage", "kr-west1", "e", "http://127.0.0.1:8642/filestorage")]
        [InlineData("http://127.0.0.1:8642/{service}/", "backup", "kr-west1", "e", "http://127.0.0.1:8642/backup")]
        [InlineData("http://proxy.local/{environment}/{region}/{service}", "archivestorage", "kr-east1", "s", "http://proxy.local/s/kr-east1/archivestorage")]
        public void Endpoint_templates_expand(string template, string service, string region, string environment, string expected)
        {
            ScpEndpoints.Expand(template, service, region, environment).Should().Be(expected);
        }

        [Fact]
        public void An_override_template_serves_every_service_through_the_connection()
        {
            var c = TestClients.Connection(endpoint: "http://127.0.0.1:8642/{service}");
            foreach (var service in ScpApiVersions.Services)
                c.ServiceUrl(service).Should().Be("http://127.0.0.1:8642/" + service);
            c.Sources["EndpointUrl"].Should().Be("call parameters");
        }

        [Fact]
        public void Auth_urls_and_environments()
        {
            ScpEndpoints.AuthUrl("e").Should().Be("https://iam.e.samsungsdscloud.com/v1");
            ScpEndpoints.EnvironmentFromAuthUrl("https://iam.e.samsungsdscloud.com/v1").Should().Be("e");
            ScpEndpoints.EnvironmentFromAuthUrl("https://iam.g.samsungsdscloud.com").Should().Be("g");
            ScpEndpoints.EnvironmentFromAuthUrl("https://iam.x.samsungsdscloud.com/v1").Should().BeNull();
            ScpEndpoints.EnvironmentFromAuthUrl("https://login.e.samsungsdscloud.com/v1").Should().BeNull();
            ScpEndpoints.EnvironmentFromAuthUrl("not a url").Should().BeNull();
            ScpEndpoints.EnvironmentFromAuthUrl(null).Should().BeNull();
            ScpEndpoints.Environments.Should().BeEquivalentTo(new[] { "s", "g", "e" });
            ScpEndpoints.AllRegions.Should().BeEquivalentTo(new[] { "kr-west1", "kr-east1", "kr-south1", "kr-south2", "kr-south3" });
        }

        [Theory]
        [InlineData("kr-west1", "s", true)]
        [InlineData("kr-east1", "s", true)]
        [InlineData("kr-south1", "g", true)]
        [InlineData("kr-south3", "G", true)]
        [InlineData("kr-west1", "e", true)]
        [InlineData("kr-south1", "e", false)]
        [InlineData("kr-west1", "g", false)]
        [InlineData("kr-west1", "q", false)]
        public void Region_environment_pairs(string region, string environment, bool valid)
        {
            var problem = ScpEndpoints.Validate(region, environment, customEndpoint: false);
            if (valid) problem.Should().BeNull();
            else problem.Should().NotBeNullOrEmpty();
        }
    }
}
