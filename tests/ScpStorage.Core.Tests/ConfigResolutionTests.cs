using System;
using System.Collections.Generic;
using System.Linq;
using FluentAssertions;
using Newtonsoft.Json;
using ScpStorage.Core.Config;
using Xunit;

namespace ScpStorage.Core.Tests
{
    public class ConfigResolutionTests
    {
        private const string CallSource = "call parameters";
        private const string SessionSource = "session (Connect-ScpAccount)";
        private const string EnvSource = "environment (SCP_*)";
        private const string TfSource = "environment (SCP_TF_*)";
        private const string FileSource = "config files";

        /// <summary>Every source filled with its own recognisable values; <paramref name="from"/> drops the higher ones.</summary>
        private static (ScpSettings? Call, ScpSettings? Session, Func<string, string?> Env) Layers(TempHome home, int from)
        {
            ScpSettings? call = from <= 0 ? new ScpSettings
            {
                AccessKey = "AK-call", SecretKey = new ScpSecret("SK-call"), AccountId = "acct-call", AuthToken = new ScpSecret("TOK-call"),
                Region = "kr-west1", Environment = "e", EndpointUrl = "http://127.0.0.1:1/{service}",
            } : null;
            ScpSettings? session = from <= 1 ? new ScpSettings
            {
                AccessKey = "AK-session", SecretKey = new ScpSecret("SK-session"), AccountId = "acct-session", AuthToken = new ScpSecret("TOK-session"),
                Region = "kr-east1", Environment = "s", EndpointUrl = "http://127.0.0.1:2/{service}",
            } : null;
            var vars = new List<(string, string)>();
            if (from <= 2)
                vars.AddRange(new[]
                {
                    ("SCP_ACCESS_KEY", "AK-env"), ("SCP_SECRET_KEY", "SK-env"), ("SCP_ACCOUNT_ID", "acct-env"), ("SCP_AUTH_TOKEN", "TOK-env"),
                    ("SCP_REGION", "kr-east1"), ("SCP_ENVIRONMENT", "e"), ("SCP_ENDPOINT_URL", "http://127.0.0.1:3/{service}"),
                });
            if (from <= 3)
                vars.AddRange(new[]
                {
                    ("SCP_TF_ACCESS_KEY", "AK-tf"), ("SCP_TF_SECRET_KEY", "SK-tf"), ("SCP_TF_ACCOUNT_ID", "acct-tf"), ("SCP_TF_AUTH_TOKEN", "TOK-tf"),
                    ("SCP_TF_DEFAULT_REGION", "kr-west1"), ("SCP_TF_AUTH_URL", "https://iam.s.samsungsdscloud.com/v1"),
                    ("SCP_TF_ENDPOINT_OVERRIDE", "http://127.0.0.1:4/{service}"),
                });
            home.Config(@"{""auth-url"":""https://iam.g.samsungsdscloud.com/v1"",""endpoint-override"":""http://127.0.0.1:5/{service}"",
                           ""account-id"":""acct-file"",""default-region"":""kr-south2"",""max-remain-days"":30}")
                .Credentials(@"{""access-key"":""AK-file"",""secret-key"":""SK-file"",""auth-token"":""TOK-file""}");
            return (call, session, TestEnv.Of(vars.ToArray()));
        }

        [Theory]
        [InlineData(0, "call", "kr-west1", "e", 1, CallSource)]
        [InlineData(1, "session", "kr-east1", "s", 2, SessionSource)]
        [InlineData(2, "env", "kr-east1", "e", 3, EnvSource)]
        [InlineData(3, "tf", "kr-west1", "s", 4, TfSource)]
        [InlineData(4, "file", "kr-south2", "g", 5, FileSource)]
        public void Each_source_wins_when_the_higher_ones_are_empty(int from, string tag, string region, string environment, int port, string source)
        {
            using var home = new TempHome();
            var (call, session, env) = Layers(home, from);

            var c = new ScpConfigResolver(env, home.Path).Resolve(call, session);

            c.AccessKey.Should().Be("AK-" + tag);
            c.SecretKey.Reveal().Should().Be("SK-" + tag);
            c.AccountId.Should().Be("acct-" + tag);
            c.AuthToken!.Reveal().Should().Be("TOK-" + tag);
            c.Region.Should().Be(region);
            c.Environment.Should().Be(environment);
            c.EndpointTemplate.Should().Be($"http://127.0.0.1:{port}/{{service}}");
            c.ServiceUrl("filestorage").Should().Be($"http://127.0.0.1:{port}/filestorage");
            foreach (var field in new[] { ScpConfigResolver.IdentityKey, "Region", "Environment", "EndpointUrl" })
                c.Sources[field].Should().StartWith(source, "field {0} comes from {1}", field, source);
            c.Sources.Should().NotContainKeys(new[] { "AccessKey", "SecretKey", "AccountId", "AuthToken" }, "the identity is shown once, as a whole");
        }

        [Fact]
        public void Fields_merge_across_sources_region_from_env_keys_from_file()
        {
            using var home = new TempHome();
            home.Credentials(@"{""access-key"":""AK-file"",""secret-key"":""SK-file""}");
            var env = TestEnv.Of(("SCP_REGION", "kr-east1"), ("SCP_ENVIRONMENT", "s"));

            var c = new ScpConfigResolver(env, home.Path).Resolve(null, null);

            c.AccessKey.Should().Be("AK-file");
            c.SecretKey.Reveal().Should().Be("SK-file");
            c.Region.Should().Be("kr-east1");
            c.Environment.Should().Be("s");
            c.AccountId.Should().BeEmpty();
            c.AuthToken.Should().BeNull();
            c.Language.Should().Be("en-US");
            c.Retry.Should().BeSameAs(ScpRetryOptions.Default);
            c.Sources["Region"].Should().Be(EnvSource);
            c.Sources["Environment"].Should().Be(EnvSource);
            c.Sources[ScpConfigResolver.IdentityKey].Should().StartWith(FileSource).And.Contain(home.Folder(null));
            c.Sources["EndpointUrl"].Should().Be("default");
            c.Sources.Should().NotContainKey("AuthToken");
            c.ServiceUrl("virtualserver").Should().Be("https://virtualserver.kr-east1.s.samsungsdscloud.com");
            c.AuthUrl.Should().Be("https://iam.s.samsungsdscloud.com/v1");
        }

        [Fact]
        public void Call_parameters_override_single_fields_only()
        {
            var env = TestEnv.Of(("SCP_ACCESS_KEY", "AK-env"), ("SCP_SECRET_KEY", "SK-env"), ("SCP_REGION", "kr-west1"), ("SCP_ENVIRONMENT", "e"));
            var c = new ScpConfigResolver(env, TestEnv.NoHome).Resolve(new ScpSettings { Region = "kr-east1", AccessKey = "" }, null);

            c.Region.Should().Be("kr-east1");
            c.Sources["Region"].Should().Be(CallSource);
            c.AccessKey.Should().Be("AK-env", "an empty string is not a value");
            c.Sources[ScpConfigResolver.IdentityKey].Should().Be(EnvSource);
        }

        [Fact]
        public void A_key_pair_split_across_sources_is_refused()
        {
            var env = TestEnv.Of(("SCP_TF_ACCESS_KEY", "AK-tf"), ("SCP_SECRET_KEY", "SK"), ("SCP_REGION", "kr-west1"), ("SCP_ENVIRONMENT", "e"));
            var act = () => new ScpConfigResolver(env, TestEnv.NoHome).Resolve(null, null);
            act.Should().Throw<ScpConfigurationException>()
                .WithMessage("Only half a key pair was found in the environment (SCP_*): a secret key without an access key. Give both keys in the same place*");
        }

        [Fact]
        public void Blank_environment_variables_count_as_unset()
        {
            var env = TestEnv.Of(("SCP_ACCESS_KEY", "  "), ("SCP_TF_ACCESS_KEY", " AK-tf "), ("SCP_TF_SECRET_KEY", "SK"), ("SCP_REGION", "kr-west1"), ("SCP_ENVIRONMENT", "E"));
            var c = new ScpConfigResolver(env, TestEnv.NoHome).Resolve(null, null);
            c.AccessKey.Should().Be("AK-tf");
            c.Environment.Should().Be("e", "the environment is normalised to lower case");
        }

        [Fact]
        public void Environment_is_derived_from_the_auth_url_in_config_json()
        {
            using var home = new TempHome();
            home.Config(@"{""auth-url"":""https://iam.e.samsungsdscloud.com/v1"",""default-region"":""kr-west1"",""account-id"":""acct-f""}")
                .Credentials(@"{""access-key"":""AK"",""secret-key"":""SK""}");

            var c = new ScpConfigResolver(TestEnv.Empty, home.Path).Resolve(null, null);

            c.Environment.Should().Be("e");
            c.AuthUrl.Should().Be("https://iam.e.samsungsdscloud.com/v1");
            c.AccountId.Should().Be("acct-f");
            c.Sources["Environment"].Should().StartWith(FileSource);
            c.ServiceUrl("backup").Should().Be("https://backup.kr-west1.e.samsungsdscloud.com");
        }

        [Fact]
        public void Environment_is_derived_from_SCP_TF_AUTH_URL()
        {
            var env = TestEnv.Of(("SCP_TF_ACCESS_KEY", "AK"), ("SCP_TF_SECRET_KEY", "SK"), ("SCP_TF_DEFAULT_REGION", "kr-south1"),
                ("SCP_TF_AUTH_URL", "https://iam.g.samsungsdscloud.com/v1"));
            var c = new ScpConfigResolver(env, TestEnv.NoHome).Resolve(null, null);
            c.Environment.Should().Be("g");
            c.Sources["Environment"].Should().Be(TfSource);
        }

        [Fact]
        public void Named_profile_from_SCP_PROFILE_is_read_from_the_profiles_folder()
        {
            using var home = new TempHome();
            home.Config(@"{""auth-url"":""https://iam.e.samsungsdscloud.com/v1"",""default-region"":""kr-west1""}")
                .Credentials(@"{""access-key"":""AK-default"",""secret-key"":""SK-default""}")
                .Config(@"{""auth-url"":""https://iam.s.samsungsdscloud.com/v1"",""default-region"":""kr-east1""}", "work")
                .Credentials(@"{""access-key"":""AK-work"",""secret-key"":""SK-work""}", "work");

            var c = new ScpConfigResolver(TestEnv.Of(("SCP_PROFILE", "work")), home.Path).Resolve(null, null);

            c.Profile.Should().Be("work");
            c.AccessKey.Should().Be("AK-work");
            c.SecretKey.Reveal().Should().Be("SK-work");
            c.Region.Should().Be("kr-east1");
            c.Environment.Should().Be("s");
            c.Sources[ScpConfigResolver.IdentityKey].Should().StartWith("profile 'work'");
            c.Sources["Profile"].Should().Be(EnvSource);
        }

        [Fact]
        public void Profile_named_on_the_call_beats_SCP_PROFILE_and_is_never_filled_from_the_default_files()
        {
            using var home = new TempHome();
            home.Config(@"{""auth-url"":""https://iam.e.samsungsdscloud.com/v1"",""default-region"":""kr-west1"",""endpoint-override"":""http://127.0.0.1:5/{service}"",""account-id"":""acct-default""}")
                .Credentials(@"{""access-key"":""AK-default"",""secret-key"":""SK-default"",""auth-token"":""TOK-default""}")
                .Credentials(@"{""access-key"":""AK-a"",""secret-key"":""SK-a""}", "a")
                .Credentials(@"{""access-key"":""AK-b"",""secret-key"":""SK-b""}", "b");

            Action act = () => new ScpConfigResolver(TestEnv.Of(("SCP_PROFILE", "b")), home.Path).Resolve(new ScpSettings { Profile = "a" }, null);
            act.Should().Throw<ScpConfigurationException>().WithMessage("*Missing: region*environment*",
                "a profile is self-contained: the default files' region, auth URL, endpoint, account and token never fill it");

            var c = new ScpConfigResolver(TestEnv.Of(("SCP_PROFILE", "b")), home.Path)
                .Resolve(new ScpSettings { Profile = "a", Region = "kr-east1", Environment = "s" }, null);
            c.Profile.Should().Be("a");
            c.AccessKey.Should().Be("AK-a");
            c.AuthToken.Should().BeNull();
            c.AccountId.Should().BeEmpty();
            c.EndpointTemplate.Should().Be(ScpEndpoints.DefaultTemplate);
            c.AuthUrl.Should().Be("https://iam.s.samsungsdscloud.com/v1");
            c.Sources["Region"].Should().Be(CallSource, "a layer above the profile may still name the region");
        }

        [Fact]
        public void A_profile_without_a_key_pair_is_an_error_not_a_gap_filled_from_below()
        {
            using var home = new TempHome();
            home.Credentials(@"{""access-key"":""AK-default"",""secret-key"":""SK-default""}")
                .Config(@"{""auth-url"":""https://iam.e.samsungsdscloud.com/v1"",""default-region"":""kr-west1""}", "nokeys");
            Action act = () => new ScpConfigResolver(TestEnv.Of(("SCP_PROFILE", "nokeys")), home.Path).Resolve(null, null);
            act.Should().Throw<ScpConfigurationException>().WithMessage("In profile 'nokeys' * there is no key pair*");
        }

        [Fact]
        public void Missing_profile_is_a_configuration_error_naming_it()
        {
            using var home = new TempHome();
            home.Credentials(@"{""access-key"":""AK"",""secret-key"":""SK""}");
            Action act = () => new ScpConfigResolver(TestEnv.Empty, home.Path).Resolve(new ScpSettings { Profile = "nosuch" }, null);
            act.Should().Throw<ScpConfigurationException>().WithMessage("*nosuch*");

            Action viaEnv = () => new ScpConfigResolver(TestEnv.Of(("SCP_PROFILE", "ghost")), home.Path).Resolve(null, null);
            viaEnv.Should().Throw<ScpConfigurationException>().WithMessage("*ghost*");
        }

        [Fact]
        public void Nothing_configured_says_what_to_set()
        {
            Action act = () => new ScpConfigResolver(TestEnv.Empty, TestEnv.NoHome).Resolve(null, null);
            var e = act.Should().Throw<ScpConfigurationException>().Which;
            e.Message.Should().Contain("SCP_ACCESS_KEY").And.Contain("SCP_SECRET_KEY").And.Contain("SCP_REGION").And.Contain("SCP_ENVIRONMENT")
                .And.Contain("credentials.json").And.Contain("config.json");
        }

        [Fact]
        public void Only_the_missing_settings_are_named()
        {
            var env = TestEnv.Of(("SCP_ACCESS_KEY", "AK"), ("SCP_SECRET_KEY", "SK"), ("SCP_ENVIRONMENT", "e"));
            Action act = () => new ScpConfigResolver(env, TestEnv.NoHome).Resolve(null, null);
            var e = act.Should().Throw<ScpConfigurationException>().Which;
            e.Message.Should().Contain("SCP_REGION").And.NotContain("SCP_ACCESS_KEY").And.NotContain("SCP_SECRET_KEY");
        }

        [Theory]
        [InlineData("kr-south1", "e", "kr-south1")]
        [InlineData("kr-west1", "g", "kr-west1")]
        [InlineData("kr-west1", "x", "'x'")]
        public void Invalid_region_environment_pair_is_an_error(string region, string environment, string named)
        {
            var env = TestEnv.Of(("SCP_ACCESS_KEY", "AK"), ("SCP_SECRET_KEY", "SK"), ("SCP_REGION", region), ("SCP_ENVIRONMENT", environment));
            Action act = () => new ScpConfigResolver(env, TestEnv.NoHome).Resolve(null, null);
            act.Should().Throw<ScpConfigurationException>().WithMessage("*" + named + "*");
        }

        [Fact]
        public void An_endpoint_override_allows_any_region_but_not_an_unknown_environment()
        {
            var c = TestClients.Connection(s => s.Region = "local-1");
            c.Region.Should().Be("local-1");
            Action act = () => TestClients.Connection(s => s.Environment = "zz");
            act.Should().Throw<ScpConfigurationException>();
        }

        [Theory]
        [InlineData("credentials.json", @"{""access-key"":""AK"",""secret-key"":""Very-S3cret-Value-9431"" oops")]
        [InlineData("credentials.json", @"access-key=AK secret-key=Very-S3cret-Value-9431")]
        [InlineData("config.json", @"{""default-region"":""kr-west1"", ""note"": ""Very-S3cret-Value-9431"", }}")]
        public void Malformed_file_is_an_error_that_does_not_echo_its_content(string file, string content)
        {
            using var home = new TempHome();
            home.Write(file, content);
            Action act = () => new ScpConfigResolver(TestEnv.Empty, home.Path).Resolve(null, null);

            var e = act.Should().Throw<ScpConfigurationException>().Which;
            e.Message.Should().Contain(file);
            e.ToString().Should().NotContain("Very-S3cret-Value-9431");
            e.ToString().Should().NotContain("S3cret");
        }

        [Fact]
        public void Secrets_never_show_in_ToString_or_json()
        {
            const string secret = "SK-do-not-print-7781";
            const string token = "TOK-do-not-print-5512";
            var s = new ScpSecret(secret);
            s.ToString().Should().Be(ScpSecret.Mask);
            $"{s}".Should().NotContain(secret);
            s.Reveal().Should().Be(secret);
            s.IsEmpty.Should().BeFalse();
            new ScpSecret("").IsEmpty.Should().BeTrue();

            var settings = TestClients.Settings();
            settings.SecretKey = s;
            settings.AuthToken = new ScpSecret(token);
            var connection = new ScpConfigResolver(TestEnv.Empty, TestEnv.NoHome).Resolve(settings, null);

            foreach (var text in new[]
            {
                JsonConvert.SerializeObject(settings), JsonConvert.SerializeObject(connection),
                JsonConvert.SerializeObject(connection, Formatting.Indented, new JsonSerializerSettings { TypeNameHandling = TypeNameHandling.All }),
                JsonConvert.SerializeObject(settings.Clone()), JsonConvert.SerializeObject(s),
                connection.ToString(), settings.ToString()!, connection.WithRetry(ScpRetryOptions.None).ToString(),
            })
            {
                text.Should().NotContain(secret).And.NotContain(token);
            }
            JsonConvert.SerializeObject(connection).Should().Contain(ScpSecret.Mask).And.Contain(TestClients.AccessKey);
            connection.ToString().Should().Contain("SecretKey=" + ScpSecret.Mask).And.Contain("AccessKey=" + TestClients.AccessKey);
        }

        [Fact]
        public void Pinned_api_versions_merge_across_layers()
        {
            var session = new ScpSettings { ApiVersions = new Dictionary<string, string> { ["virtualserver"] = "1.0", ["filestorage"] = "1.0" } };
            var call = TestClients.Settings();
            call.ApiVersions = new Dictionary<string, string> { ["VirtualServer"] = "1.1" };

            var c = new ScpConfigResolver(TestEnv.Empty, TestEnv.NoHome).Resolve(call, session);

            c.ApiVersions.Should().HaveCount(2);
            c.ApiVersion("virtualserver").HeaderValue.Should().Be("virtualserver 1.1");
            c.ApiVersion("filestorage").HeaderValue.Should().Be("filestorage 1.0");
            c.ApiVersion("filestorage").IsExpired(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero)).Should().BeTrue();
            c.ApiVersion("backup").HeaderValue.Should().Be("backup 1.2", "an unpinned service uses its CURRENT version");
            c.ToString().Should().Contain("filestorage 1.0");
        }

        [Fact]
        public void Retry_and_language_come_from_the_first_layer_that_sets_them()
        {
            var session = new ScpSettings { Retry = ScpRetryOptions.None, Language = "ko-KR" };
            var c = new ScpConfigResolver(TestEnv.Empty, TestEnv.NoHome).Resolve(TestClients.Settings(), session);
            c.Retry.MaxAttempts.Should().Be(4, "the call's retry options win");
            c.Language.Should().Be("ko-KR");
            c.Sources["Language"].Should().Be(SessionSource);

            var other = c.WithRetry(ScpRetryOptions.None);
            other.Retry.Should().BeSameAs(ScpRetryOptions.None);
            other.AccessKey.Should().Be(c.AccessKey);
            c.Retry.MaxAttempts.Should().Be(4, "WithRetry makes a copy");
        }

        [Fact]
        public void Retry_options_reject_nonsense()
        {
            ((Action)(() => new ScpRetryOptions(0, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.FromSeconds(1)))).Should().Throw<ArgumentOutOfRangeException>();
            ((Action)(() => new ScpRetryOptions(1, TimeSpan.FromSeconds(-1), TimeSpan.Zero, TimeSpan.FromSeconds(1)))).Should().Throw<ArgumentOutOfRangeException>();
            ((Action)(() => new ScpRetryOptions(1, TimeSpan.Zero, TimeSpan.Zero, TimeSpan.Zero))).Should().Throw<ArgumentOutOfRangeException>();
        }

        [Fact]
        public void Layers_are_listed_in_precedence_order_with_the_profile_after_its_naming_layer()
        {
            using var home = new TempHome();
            home.Credentials(@"{""access-key"":""AK""}").Credentials(@"{""access-key"":""AK-p""}", "p");
            var layers = new ScpConfigResolver(TestEnv.Empty, home.Path).Layers(new ScpSettings(), new ScpSettings()).ToList();
            layers.Select(l => l.Source).Should().Equal(CallSource, SessionSource, EnvSource, TfSource, layers[4].Source);
            layers[4].Source.Should().StartWith(FileSource);

            layers = new ScpConfigResolver(TestEnv.Of(("SCP_PROFILE", "p")), home.Path).Layers(new ScpSettings(), new ScpSettings()).ToList();
            layers.Should().HaveCount(4, "a profile is self-contained: nothing below it is read");
            layers[2].Source.Should().Be(EnvSource);
            layers[3].Source.Should().StartWith("profile 'p'");
        }
    }
}
