using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using ScpStorage.Core.Config;
using Xunit;

namespace ScpStorage.Core.Tests
{
    /// <summary>
    /// Settings resolve as whole identities: for every pair of layers, an identity (key pair) in
    /// the higher layer never receives a token, account id, endpoint or auth URL from the lower
    /// one. The engine tests (ScpStorage.Tests IdentityTests) prove the same on the requests an
    /// emulator receives.
    /// </summary>
    public class IdentityResolutionTests
    {
        /// <summary>The layers in precedence order; a profile is named by SCP_PROFILE, so it sits just below SCP_*.</summary>
        public enum Layer { Call, Session, Emulator, Scp, Profile, Terraform, Files }

        private const string LowEndpoint = "http://127.0.0.1:9/{service}";

        public static IEnumerable<object[]> Pairs() =>
            from high in Enum.GetValues(typeof(Layer)).Cast<Layer>()
            from low in Enum.GetValues(typeof(Layer)).Cast<Layer>()
            where high < low && !(high == Layer.Session && low == Layer.Emulator)
            select new object[] { high, low };

        /// <summary>Builds the layers: <paramref name="high"/> gives only a key pair, region and environment; <paramref name="low"/> gives everything.</summary>
        private sealed class Setup
        {
            public ScpSettings? Call, Session;
            public readonly List<(string, string)> Env = new List<(string, string)>();
            public readonly TempHome Home = new TempHome();

            public void Give(Layer layer, bool everything)
            {
                var tag = everything ? "lo" : "hi";
                string? account = everything ? "acct-lo" : null, token = everything ? "TOK-lo" : null, endpoint = everything ? LowEndpoint : null;
                string region = everything ? "kr-east1" : "kr-west1", environment = everything ? "s" : "e";
                string authUrl = $"https://iam.{environment}.samsungsdscloud.com/v1";
                switch (layer)
                {
                    case Layer.Call:
                    case Layer.Session:
                    case Layer.Emulator:
                        var s = new ScpSettings
                        {
                            AccessKey = "AK-" + tag, SecretKey = new ScpSecret("SK-" + tag), AccountId = account,
                            AuthToken = token == null ? null : new ScpSecret(token), Region = region, Environment = environment,
                            EndpointUrl = endpoint, AuthUrl = everything ? authUrl : null, EmulatorSession = layer == Layer.Emulator,
                        };
                        if (layer == Layer.Call) Call = s; else Session = s;
                        break;
                    case Layer.Scp:
                        Env.AddRange(new[] { ("SCP_ACCESS_KEY", "AK-" + tag), ("SCP_SECRET_KEY", "SK-" + tag), ("SCP_REGION", region), ("SCP_ENVIRONMENT", environment) });
                        if (everything)
                            Env.AddRange(new[] { ("SCP_ACCOUNT_ID", account!), ("SCP_AUTH_TOKEN", token!), ("SCP_ENDPOINT_URL", endpoint!), ("SCP_AUTH_URL", authUrl) });
                        break;
                    case Layer.Terraform:
                        Env.AddRange(new[] { ("SCP_TF_ACCESS_KEY", "AK-" + tag), ("SCP_TF_SECRET_KEY", "SK-" + tag), ("SCP_TF_DEFAULT_REGION", region), ("SCP_TF_AUTH_URL", authUrl) });
                        if (everything)
                            Env.AddRange(new[] { ("SCP_TF_ACCOUNT_ID", account!), ("SCP_TF_AUTH_TOKEN", token!), ("SCP_TF_ENDPOINT_OVERRIDE", endpoint!) });
                        break;
                    case Layer.Profile:
                    case Layer.Files:
                        var profile = layer == Layer.Profile ? "p" : null;
                        if (profile != null) Env.Add(("SCP_PROFILE", profile));
                        Home.Config(everything
                                ? $@"{{""auth-url"":""{authUrl}"",""default-region"":""{region}"",""endpoint-override"":""{endpoint}"",""account-id"":""{account}""}}"
                                : $@"{{""auth-url"":""{authUrl}"",""default-region"":""{region}""}}", profile)
                            .Credentials(everything
                                ? $@"{{""access-key"":""AK-{tag}"",""secret-key"":""SK-{tag}"",""auth-token"":""{token}""}}"
                                : $@"{{""access-key"":""AK-{tag}"",""secret-key"":""SK-{tag}""}}", profile);
                        break;
                }
            }

            public ScpConnection Resolve() => new ScpConfigResolver(TestEnv.Of(Env.ToArray()), Home.Path).Resolve(Call, Session);
        }

        [Theory]
        [MemberData(nameof(Pairs))]
        public void A_higher_identity_takes_nothing_of_its_own_from_a_lower_layer(Layer high, Layer low)
        {
            var setup = new Setup();
            using (setup.Home)
            {
                setup.Give(low, everything: true);
                setup.Give(high, everything: false);

                var c = setup.Resolve();

                c.AccessKey.Should().Be("AK-hi");
                c.SecretKey.Reveal().Should().Be("SK-hi");
                c.AuthToken.Should().BeNull("the token of the lower layer's identity is never sent with another identity");
                c.AccountId.Should().BeEmpty();
                c.EndpointTemplate.Should().Be(ScpEndpoints.DefaultTemplate, "a lower layer never supplies the target of a higher identity");
                c.AuthUrl.Should().Be("https://iam.e.samsungsdscloud.com/v1");
                c.Region.Should().Be("kr-west1");
                c.Sources[ScpConfigResolver.IdentityKey].Should().StartWith(Label(high));
                c.Sources.Should().NotContainKeys(new[] { "AccountId", "AuthToken" });
            }
        }

        private static string Label(Layer layer) => layer switch
        {
            Layer.Call => ScpConfigResolver.CallSource,
            Layer.Session => ScpConfigResolver.SessionSource,
            Layer.Emulator => ScpConfigResolver.EmulatorSource,
            Layer.Scp => "environment (SCP_*)",
            Layer.Profile => "profile 'p'",
            Layer.Terraform => "environment (SCP_TF_*)",
            _ => "config files",
        };

        [Fact]
        public void Region_environment_and_language_may_still_come_from_a_lower_layer()
        {
            var env = TestEnv.Of(("SCP_TF_ACCESS_KEY", "AK-tf"), ("SCP_TF_SECRET_KEY", "SK-tf"), ("SCP_TF_ACCOUNT_ID", "acct-tf"),
                ("SCP_REGION", "kr-east1"), ("SCP_ENVIRONMENT", "s"), ("SCP_AUTH_TOKEN", "TOK-env-without-keys"));
            var c = new ScpConfigResolver(env, TestEnv.NoHome).Resolve(null, new ScpSettings { Language = "ko-KR" });

            c.AccessKey.Should().Be("AK-tf");
            c.AccountId.Should().Be("acct-tf", "the account comes with its key pair");
            c.AuthToken.Should().BeNull("a token in a layer above the identity belongs to no key pair and is never sent");
            c.Region.Should().Be("kr-east1");
            c.Language.Should().Be("ko-KR");
            c.Sources["Region"].Should().Be("environment (SCP_*)");
            c.Sources[ScpConfigResolver.IdentityKey].Should().Be("environment (SCP_TF_*)");
            c.DescribeSources().Should().StartWith("identity (access key, secret key, account id, auth token) from environment (SCP_TF_*); ")
                .And.Contain("Region from environment (SCP_*)");
        }

        [Fact]
        public void A_layer_above_the_identity_may_name_its_target_and_the_call_its_account()
        {
            var env = TestEnv.Of(("SCP_ACCESS_KEY", "AK-env"), ("SCP_SECRET_KEY", "SK-env"), ("SCP_ACCOUNT_ID", "acct-env"),
                ("SCP_REGION", "kr-west1"), ("SCP_ENVIRONMENT", "e"));
            var call = new ScpSettings { EndpointUrl = "http://127.0.0.1:7/{service}", AccountId = "acct-call" };

            var c = new ScpConfigResolver(env, TestEnv.NoHome).Resolve(call, null);

            c.EndpointTemplate.Should().Be("http://127.0.0.1:7/{service}");
            c.AccountId.Should().Be("acct-call");
            c.Sources["AccountId"].Should().Be("call parameters");
            c.Sources["EndpointUrl"].Should().Be("call parameters");
        }

        [Fact]
        public void The_emulator_session_is_complete_and_reads_nothing_below_it()
        {
            using var home = new TempHome();
            home.Credentials(@"{""access-key"":""AK-file"",""secret-key"":""SK-file"",""auth-token"":""TOK-file""}")
                .Config(@"{""default-region"":""kr-east1"", ""auth-url"":""https://iam.s.samsungsdscloud.com/v1"" oops");
            var env = TestEnv.Of(("SCP_PROFILE", "missing"), ("SCP_REGION", "kr-east1"), ("SCP_AUTH_TOKEN", "TOK-env"));
            var session = new ScpSettings
            {
                AccessKey = "demo-access-key", SecretKey = new ScpSecret("demo-secret-key"), AccountId = "demo-account",
                Region = "kr-west1", Environment = "e", EndpointUrl = "http://127.0.0.1:8642/{service}", EmulatorSession = true,
            };

            var c = new ScpConfigResolver(env, home.Path).Resolve(new ScpSettings { Region = "kr-east1" }, session);

            c.AccessKey.Should().Be("demo-access-key");
            c.AuthToken.Should().BeNull();
            c.EndpointTemplate.Should().Be("http://127.0.0.1:8642/{service}");
            c.Region.Should().Be("kr-east1", "the call is above the session and may name the region");
            c.Sources[ScpConfigResolver.IdentityKey].Should().Be("emulator session (Start-ScpEmulator)");
        }

        [Theory]
        [InlineData("call parameters", "in the call parameters: an access key without a secret key")]
        [InlineData("profile 'p' (/x)", "in profile 'p' (/x): an access key without a secret key")]
        public void Half_a_key_pair_names_its_source_in_plain_English(string source, string expected)
        {
            var layer = new ScpSettingsLayer(source, new ScpSettings { AccessKey = "AK" });
            ScpConfigResolver.In(layer.Source).Should().Be(expected.Substring(0, expected.IndexOf(':')));
            Action act = () => new ScpConfigResolver(TestEnv.Empty, TestEnv.NoHome).Resolve(new ScpSettings { AccessKey = "AK" }, null);
            act.Should().Throw<ScpConfigurationException>().WithMessage("Only half a key pair was found in the call parameters: an access key without a secret key.*");
        }
    }
}
