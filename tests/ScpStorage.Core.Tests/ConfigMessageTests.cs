using System;
using System.IO;
using FluentAssertions;
using ScpStorage.Core.Config;
using Xunit;

namespace ScpStorage.Core.Tests
{
    /// <summary>Messages about the user's own settings: they name the setting or the file and where in it, never a secret.</summary>
    public class ConfigMessageTests
    {
        private static ScpSettings Keys(string? endpoint = null) => new ScpSettings
        {
            AccessKey = "AK", SecretKey = new ScpSecret("SK"), Region = "kr-west1", Environment = "e", EndpointUrl = endpoint,
        };

        [Theory]
        [InlineData("not a url")]
        [InlineData("ftp://127.0.0.1/{service}")]
        [InlineData("/relative/{service}")]
        public void An_endpoint_that_is_not_a_url_names_the_parameter(string endpoint)
        {
            Action act = () => new ScpConfigResolver(TestEnv.Empty, TestEnv.NoHome).Resolve(Keys(endpoint), null);
            var e = act.Should().Throw<ScpConfigurationException>().Which;
            e.InvalidSetting.Should().Be("-EndpointUrl");
            e.Message.Should().StartWith($"-EndpointUrl '{endpoint}' is not a URL. Give an absolute http:// or https:// address");
        }

        [Fact]
        public void An_endpoint_from_a_variable_or_a_file_names_the_variable_or_the_file_key()
        {
            var env = TestEnv.Of(("SCP_ACCESS_KEY", "AK"), ("SCP_SECRET_KEY", "SK"), ("SCP_REGION", "kr-west1"), ("SCP_ENVIRONMENT", "e"),
                ("SCP_ENDPOINT_URL", "nope"));
            Action fromEnv = () => new ScpConfigResolver(env, TestEnv.NoHome).Resolve(null, null);
            fromEnv.Should().Throw<ScpConfigurationException>().Which.InvalidSetting.Should().Be("SCP_ENDPOINT_URL");

            using var home = new TempHome();
            home.Config(@"{""endpoint-override"":""localhost 8642"",""default-region"":""kr-west1"",""auth-url"":""https://iam.e.samsungsdscloud.com/v1""}")
                .Credentials(@"{""access-key"":""AK"",""secret-key"":""SK""}");
            Action fromFile = () => new ScpConfigResolver(TestEnv.Empty, home.Path).Resolve(null, null);
            fromFile.Should().Throw<ScpConfigurationException>().Which.InvalidSetting
                .Should().Be("endpoint-override in " + Path.Combine(home.Folder(null), "config.json"));
        }

        [Fact]
        public void Invalid_credentials_json_names_the_file_line_and_position_but_not_the_content()
        {
            using var home = new TempHome();
            home.Credentials("{\n  \"access-key\": \"AK\",\n  \"secret-key\": \"Very-S3cret-Value-9431\" oops\n}");
            Action act = () => new ScpConfigResolver(TestEnv.Empty, home.Path).Resolve(null, null);
            var e = act.Should().Throw<ScpConfigurationException>().Which;
            e.Message.Should().Be($"'{Path.Combine(home.Folder(null), "credentials.json")}' is not valid JSON (line 3, position 41). " +
                                  "Fix the file; its content is not shown because it may hold a secret.");
            e.ToString().Should().NotContain("S3cret").And.NotContain("oops");
        }

        [Fact]
        public void An_empty_profile_folder_is_reported_as_empty_not_as_missing()
        {
            using var home = new TempHome();
            Directory.CreateDirectory(home.Folder("work"));
            Action empty = () => new ScpConfigResolver(TestEnv.Empty, home.Path).Resolve(new ScpSettings { Profile = "work" }, null);
            empty.Should().Throw<ScpConfigurationException>().WithMessage($"Profile 'work' is empty: its folder '{home.Folder("work")}' holds neither config.json nor credentials.json.");

            Action missing = () => new ScpConfigResolver(TestEnv.Empty, home.Path).Resolve(new ScpSettings { Profile = "other" }, null);
            missing.Should().Throw<ScpConfigurationException>().WithMessage("Profile 'other' not found*");
        }

        [Fact]
        public void A_world_readable_credentials_file_draws_a_warning()
        {
            if (OperatingSystem.IsWindows()) return; // NTFS ACLs: not checked (documented)
            using var home = new TempHome();
            home.Config(@"{""default-region"":""kr-west1"",""auth-url"":""https://iam.e.samsungsdscloud.com/v1""}")
                .Credentials(@"{""access-key"":""AK"",""secret-key"":""SK""}");
            var path = Path.Combine(home.Folder(null), "credentials.json");

            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            new ScpConfigResolver(TestEnv.Empty, home.Path).Resolve(null, null).Warnings.Should().BeEmpty();

            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
            new ScpConfigResolver(TestEnv.Empty, home.Path).Resolve(null, null).Warnings.Should().ContainSingle()
                .Which.Should().Be($"'{path}' can be read by every user of this machine; it holds your secret key. Restrict it: chmod 600 '{path}'.");
        }
    }
}
