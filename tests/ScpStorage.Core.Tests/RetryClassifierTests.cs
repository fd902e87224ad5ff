using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using FluentAssertions;
using ScpStorage.Core.Http.Pipeline;
using Xunit;

namespace ScpStorage.Core.Tests
{
    public class RetryClassifierTests
    {
        public enum Failure { None, Refused, HostNotFound, Reset, Timeout, IoMidway, WebConnectFailure, WebReceiveFailure }

        private static Exception? Make(Failure f) => f switch
        {
            Failure.None => null,
            Failure.Refused => new HttpRequestException("refused", new SocketException((int)SocketError.ConnectionRefused)),
            Failure.HostNotFound => new HttpRequestException("dns", new SocketException((int)SocketError.HostNotFound)),
            Failure.Reset => new HttpRequestException("reset", new IOException("reset", new SocketException((int)SocketError.ConnectionReset))),
            Failure.Timeout => new TimeoutException("No response within 100 s."),
            Failure.IoMidway => new IOException("unexpected EOF"),
#pragma warning disable SYSLIB0014 // WebException is what .NET Framework (Windows PowerShell) throws
            Failure.WebConnectFailure => new WebException("connect", WebExceptionStatus.ConnectFailure),
            Failure.WebReceiveFailure => new WebException("receive", WebExceptionStatus.ReceiveFailure),
#pragma warning restore SYSLIB0014
            _ => throw new ArgumentOutOfRangeException(nameof(f)),
        };

        [Theory]
        // statuses
        [InlineData("GET", 408, Failure.None, true)]
        [InlineData("GET", 429, Failure.None, true)]
        [InlineData("GET", 500, Failure.None, true)]
        [InlineData("GET", 502, Failure.None, true)]
        [InlineData("GET", 503, Failure.None, true)]
        [InlineData("GET", 504, Failure.None, true)]
        [InlineData("HEAD", 503, Failure.None, true)]
        [InlineData("PUT", 503, Failure.None, true)]
        [InlineData("DELETE", 429, Failure.None, true)]
        [InlineData("GET", 400, Failure.None, false)]
        [InlineData("GET", 401, Failure.None, false)]
        [InlineData("GET", 403, Failure.None, false)]
        [InlineData("GET", 404, Failure.None, false)]
        [InlineData("GET", 409, Failure.None, false)]
        [InlineData("GET", 501, Failure.None, false)]
        [InlineData("PUT", 422, Failure.None, false)]
        [InlineData("POST", 429, Failure.None, true)]
        [InlineData("POST", 500, Failure.None, false)]
        [InlineData("POST", 503, Failure.None, false)]
        [InlineData("PATCH", 503, Failure.None, false)]
        // transport failures
        [InlineData("GET", null, Failure.None, false)]
        [InlineData("GET", null, Failure.Refused, true)]
        [InlineData("GET", null, Failure.Reset, true)]
        [InlineData("GET", null, Failure.Timeout, true)]
        [InlineData("GET", null, Failure.IoMidway, true)]
        [InlineData("DELETE", null, Failure.WebReceiveFailure, true)]
        [InlineData("POST", null, Failure.Refused, true)]
        [InlineData("POST", null, Failure.HostNotFound, true)]
        [InlineData("POST", null, Failure.WebConnectFailure, true)]
        [InlineData("POST", null, Failure.Reset, false)]
        [InlineData("POST", null, Failure.Timeout, false)]
        [InlineData("POST", null, Failure.IoMidway, false)]
        [InlineData("POST", null, Failure.WebReceiveFailure, false)]
        [InlineData("PATCH", null, Failure.Refused, true)]
        [InlineData("PATCH", null, Failure.Reset, false)]
        public void ShouldRetry_table(string method, int? status, Failure failure, bool expected)
        {
            ScpRetryClassifier.ShouldRetry(method, status, Make(failure), out var reason).Should().Be(expected);
            reason.Should().NotBeNullOrWhiteSpace();
        }

        [Fact]
        public void NeverSent_looks_through_wrappers()
        {
            var deep = new HttpRequestException("outer", new AggregateException(new SocketException((int)SocketError.ConnectionRefused)));
            // AggregateException keeps its first inner as InnerException.
            ScpRetryClassifier.NeverSent(deep).Should().BeTrue();
            ScpRetryClassifier.NeverSent(new HttpRequestException("x")).Should().BeFalse();
            ScpRetryClassifier.NeverSent(new SocketException((int)SocketError.TimedOut)).Should().BeFalse();
        }

        [Theory]
        [InlineData("GET", true)]
        [InlineData("HEAD", true)]
        [InlineData("PUT", true)]
        [InlineData("DELETE", true)]
        [InlineData("OPTIONS", true)]
        [InlineData("POST", false)]
        [InlineData("PATCH", false)]
        public void Idempotent_methods(string method, bool idempotent)
        {
            ScpRetryClassifier.IsIdempotent(method).Should().Be(idempotent);
        }
    }
}
