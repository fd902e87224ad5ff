using System;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Sockets;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using FluentAssertions;
using ScpStorage.Core.Http;
using ScpStorage.Core.Http.Pipeline;
using Xunit;

namespace ScpStorage.Core.Tests
{
    /// <summary>
    /// A thread allowed to block (a cmdlet's pipeline thread, a listing's worker) gets the HTTP
    /// exchange done on itself with the runtime's synchronous send; every other thread, and any
    /// pipeline over a handler that cannot send synchronously, stays asynchronous.
    /// </summary>
    public sealed class BlockingSendTests
    {
        private static readonly ScpRequest Show = new ScpRequest("virtualserver", "ShowVolume", "GET", "/v1/volumes/v1");

        [Fact]
        public async Task A_thread_allowed_to_block_has_the_answer_before_the_call_returns()
        {
            using var server = new OneAnswerServer(hold: false);
            var client = Client(server.Port, blockingAllowed: true);

            var task = ScpBlockingSend.On(() => client.SendAsync(Show, CancellationToken.None));

            task.IsCompleted.Should().BeTrue("the exchange was done on this thread, not awaited on the thread pool");
            (await task).Status.Should().Be(200);
            client.Send(Show, CancellationToken.None).Status.Should().Be(200, "the synchronous form blocks on its own thread too");
        }

        [Fact]
        public async Task Without_the_permission_or_over_a_handler_that_cannot_block_the_call_returns_at_once()
        {
            using var server = new OneAnswerServer(hold: true);
            var pooled = Client(server.Port, blockingAllowed: true).SendAsync(Show, CancellationToken.None);
            pooled.IsCompleted.Should().BeFalse("a thread not allowed to block awaits the answer");
            var custom = ScpBlockingSend.On(() => Client(server.Port, blockingAllowed: false).SendAsync(Show, CancellationToken.None));
            custom.IsCompleted.Should().BeFalse("a pipeline not marked as able to block never does");
            server.Release();
            (await pooled).Status.Should().Be(200);
            (await custom).Status.Should().Be(200);
        }

        [Fact]
        public void A_blocked_thread_is_released_by_cancellation()
        {
            using var server = new OneAnswerServer(hold: true);
            var client = Client(server.Port, blockingAllowed: true);
            using var cancel = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            var started = DateTime.UtcNow;
            FluentActions.Invoking(() => client.Send(Show, cancel.Token)).Should().Throw<OperationCanceledException>();
            (DateTime.UtcNow - started).Should().BeLessThan(TimeSpan.FromSeconds(4), "Ctrl+C must not wait for the answer");
        }

        private static ScpClient Client(int port, bool blockingAllowed) =>
            new ScpClient(TestClients.Connection(endpoint: $"http://127.0.0.1:{port}/{{service}}"), null,
                new ScpPipeline(new HttpClient(new HttpClientHandler()), TimeSpan.FromSeconds(5), blockingSendAllowed: blockingAllowed));

        /// <summary>A loopback HTTP/1.1 server that answers every request with 200 and a small JSON body, at once or when released.</summary>
        private sealed class OneAnswerServer : IDisposable
        {
            private readonly TcpListener _listener = new TcpListener(IPAddress.Loopback, 0);
            private readonly ManualResetEventSlim _go;
            private readonly CancellationTokenSource _stop = new CancellationTokenSource();

            public OneAnswerServer(bool hold)
            {
                _go = new ManualResetEventSlim(!hold);
                _listener.Start();
                Port = ((IPEndPoint)_listener.LocalEndpoint).Port;
                _ = Task.Run(AcceptAsync);
            }

            public int Port { get; }

            public void Release() => _go.Set();

            private async Task AcceptAsync()
            {
                while (!_stop.IsCancellationRequested)
                {
                    TcpClient tcp;
                    try { tcp = await _listener.AcceptTcpClientAsync(); } catch (Exception) { return; }
                    _ = Task.Run(() => Serve(tcp));
                }
            }

            private void Serve(TcpClient tcp)
            {
                using (tcp)
                {
                    var stream = tcp.GetStream();
                    var reader = new StreamReader(stream, Encoding.ASCII);
                    try
                    {
                        while (true)
                        {
                            string? line;
                            while (!string.IsNullOrEmpty(line = reader.ReadLine())) { }
                            if (line == null) return;
                            if (!_go.Wait(TimeSpan.FromSeconds(10), _stop.Token)) return;
                            var body = "{\"id\":\"v1\"}";
                            var head = $"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: {body.Length}\r\n\r\n";
                            var bytes = Encoding.ASCII.GetBytes(head + body);
                            stream.Write(bytes, 0, bytes.Length);
                        }
                    }
                    catch (Exception) { }
                }
            }

            public void Dispose()
            {
                _stop.Cancel();
                _listener.Stop();
            }
        }
    }
}
