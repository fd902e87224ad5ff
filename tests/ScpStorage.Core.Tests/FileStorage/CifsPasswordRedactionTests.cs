using System.Linq;
using System.Net;
using FluentAssertions;
using ScpStorage.Core.FileStorage;
using ScpStorage.Core.Logging;
using Xunit;

namespace ScpStorage.Core.Tests.FileStorage
{
    /// <summary>
    /// The CIFS password of CreateVolume and CreateVolumeReplication is a secret like the secret
    /// key: it is sent in the body and never appears in a log line or an error, whatever the level.
    /// </summary>
    public class CifsPasswordRedactionTests
    {
        private const string Password = "Cifs-Pa55!word";

        [Fact]
        public void The_redactor_masks_cifs_password_in_bodies_and_queries()
        {
            ScpRedactor.IsSensitiveField("cifs_password").Should().BeTrue();
            ScpRedactor.Body(@"{""name"":""share01"",""cifs_password"":""" + Password + @"""}").Should().NotContain(Password).And.Contain("share01");
            ScpRedactor.Url("https://h/v1/x?cifs_password=" + Password).Should().NotContain(Password);
        }

        [Fact]
        public async System.Threading.Tasks.Task A_create_sends_the_password_in_the_body_and_logs_it_nowhere()
        {
            var log = new LogSink();
            var handler = new FakeHandler((r, n) => FakeHandler.Json(HttpStatusCode.BadRequest,
                @"{""detail"":[{""loc"":[""body"",""cifs_password""],""msg"":""bad"",""type"":""value_error""}]}"));
            var fs = new FileStorageClient(TestClients.Client(handler, log));

            var failure = await Record.ExceptionAsync(() => fs.CreateVolumeAsync(new FileVolumeCreateSpec
            {
                Name = "share01", Protocol = "CIFS", TypeName = "HDD", CifsPassword = Password,
            }));

            handler.Requests.Single().Body.Should().Contain(Password, "SCP needs it");
            failure.Should().NotBeNull();
            failure!.ToString().Should().NotContain(Password);
            log.Events.Should().NotBeEmpty();
            log.AllText.Should().NotContain(Password);
        }
    }
}
