using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.AspNetCore.Http;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;
using Xunit;

namespace ScpStorage.Emulator.Tests;

/// <summary>List answers are written item by item (Http/ListBody): the bytes sent must be exactly the JSON text, with a length that says so.</summary>
public sealed class ListBodyTests
{
    private static Resource Named(string id, string name) =>
        new() { Service = "svc", Kind = "thing", Id = id, Name = name, State = "ok", CreatedAt = "2026-03-01" };

    private static async Task<(HttpResponse Response, byte[] Bytes)> Send(ListBody body)
    {
        var ctx = new DefaultHttpContext();
        var sent = new MemoryStream();
        ctx.Response.Body = sent;
        await body.ExecuteAsync(ctx);
        return (ctx.Response, sent.ToArray());
    }

    [Fact]
    public async Task Items_of_any_size_and_script_arrive_whole_in_order_with_their_exact_byte_length()
    {
        // Hangul is three bytes a character in UTF-8; one item is longer than the writer's buffer.
        var rows = new[] { Named("a", "볼륨-일"), Named("b", new string('x', 20_000)), Named("c", "plain") };
        var body = new ListBody("{\"count\":3,\"things\":", rows, r => "{\"id\":\"" + r.Id + "\",\"name\":\"" + r.Name + "\"}");

        var (response, bytes) = await Send(body);

        response.StatusCode.Should().Be(200);
        response.ContentType.Should().Be("application/json; charset=utf-8");
        response.ContentLength.Should().Be(bytes.Length);
        var text = Encoding.UTF8.GetString(bytes);
        text.Should().Be(body.ToString());
        var json = JsonNode.Parse(text)!;
        json["things"]!.AsArray().Select(t => t!["name"]!.GetValue<string>()).Should().Equal("볼륨-일", new string('x', 20_000), "plain");
        json["count"]!.GetValue<int>().Should().Be(3);
    }

    [Fact]
    public async Task An_empty_page_is_an_empty_array_and_the_tail_follows_it()
    {
        var (response, bytes) = await Send(new ListBody("{\"contents\":", new Resource[0], r => "{}", ",\"count\":0}"));
        Encoding.UTF8.GetString(bytes).Should().Be("{\"contents\":[],\"count\":0}");
        response.ContentLength.Should().Be(bytes.Length);
    }
}
