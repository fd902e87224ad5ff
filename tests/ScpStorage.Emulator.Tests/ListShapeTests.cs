using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Threading.Tasks;
using FluentAssertions;
using Microsoft.Data.Sqlite;
using ScpStorage.Emulator.Http;
using ScpStorage.Emulator.Store;
using ScpStorage.Emulator.Tests.FileStorage;
using Xunit;

namespace ScpStorage.Emulator.Tests;

/// <summary>
/// List items rendered when a row is written (Store/ListShape): a list answer must still show
/// every change to the row, the state as it moves, and rows of a database file written before
/// the shapes existed.
/// </summary>
public sealed class ListShapeTests
{
    private static readonly DateTimeOffset Now = new(2026, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static ListShape SizeShape(Action? rendered = null) =>
        new("svc", "thing", r => { rendered?.Invoke(); return "{\"size\":" + r.Data()["size"]!.ToJsonString() + "}"; });

    private static Resource Thing(string id, long size)
    {
        var r = new Resource { Service = "svc", Kind = "thing", Id = id, Name = id, State = "ok", CreatedAt = "2026-03-01" };
        r.SetData(new JsonObject { ["size"] = size });
        return r;
    }

    [Fact]
    public void An_item_is_rendered_when_written_read_as_stored_and_rendered_again_when_rewritten()
    {
        var renders = 0;
        using var store = new ResourceStore(null, () => Now, new[] { SizeShape(() => renders++) });
        var thing = Thing("a", 1);
        store.Insert(thing);
        renders.Should().Be(1);

        var listed = store.List(new ListQuery("svc", "thing")).Items.Single();
        renders.Should().Be(1, "a list reads the stored text instead of rendering each item again");
        ListParameters.ListItem(listed, "state").Should().Be("{\"state\":\"ok\",\"size\":1}");

        thing.SetData(new JsonObject { ["size"] = 2 });
        thing.State = "busy";
        store.Update(thing);
        listed = store.List(new ListQuery("svc", "thing")).Items.Single();
        ListParameters.ListItem(listed, "state").Should().Be("{\"state\":\"busy\",\"size\":2}");
        ListParameters.ListItem(listed, null).Should().Be("{\"size\":2}");
    }

    [Fact]
    public void A_kind_without_a_shape_has_no_list_text_and_says_so_when_a_route_asks()
    {
        using var store = new ResourceStore(null, () => Now, new[] { SizeShape() });
        store.Insert(new Resource { Service = "svc", Kind = "other", Id = "b", State = "ok", CreatedAt = "2026-03-01" });
        var other = store.List(new ListQuery("svc", "other")).Items.Single();
        other.ListJson.Should().BeNull();
        FluentActions.Invoking(() => ListParameters.ListItem(other, "state")).Should().Throw<InvalidOperationException>().WithMessage("*svc other*");
    }

    [Fact]
    public void A_page_read_for_the_shape_only_leaves_the_full_json_unread_and_says_so_if_a_route_asks_for_it()
    {
        using var store = new ResourceStore(null, () => Now, new[] { SizeShape() });
        store.Insert(Thing("a", 1));
        var listed = store.List(new ListQuery("svc", "thing") { Read = ListRead.Shape }).Items.Single();
        ListParameters.ListItem(listed, "state").Should().Be("{\"state\":\"ok\",\"size\":1}");
        listed.Name.Should().Be("a");
        FluentActions.Invoking(() => listed.Json).Should().Throw<InvalidOperationException>().WithMessage("*svc thing 'a'*list shape only*");
        store.List(new ListQuery("svc", "thing")).Items.Single().Data()["size"]!.GetValue<long>().Should().Be(1, "a full read still has the JSON");
    }

    [Fact]
    public void A_row_read_for_a_list_answer_has_what_the_answer_shows_and_refuses_to_be_written_back()
    {
        using var store = new ResourceStore(null, () => Now, new[] { SizeShape() });
        var thing = Thing("a", 5);
        thing.Transition("growing", "ok", Now.AddMinutes(1).ToUnixTimeMilliseconds());
        store.Insert(thing);

        var listed = store.List(new ListQuery("svc", "thing") { Read = ListRead.Answer }).Items.Single();
        (listed.Service, listed.Kind, listed.Id, listed.Name, listed.State).Should().Be(("svc", "thing", "a", "a", "growing"));
        listed.Data()["size"]!.GetValue<long>().Should().Be(5);
        FluentActions.Invoking(() => store.Update(listed)).Should().Throw<InvalidOperationException>().WithMessage("*read for a list answer*");

        var whole = store.List(new ListQuery("svc", "thing")).Items.Single();
        whole.TargetState.Should().Be("ok", "a whole read keeps the pending transition, so it can be written back");
        store.Update(whole);
    }

    [Fact]
    public void Rows_of_a_database_file_from_before_list_shapes_render_when_read()
    {
        var path = Path.Combine(Path.GetTempPath(), "scp-emu-shapes-" + Guid.NewGuid().ToString("N") + ".db");
        try
        {
            using (var old = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString()))
            {
                old.Open();
                using var create = old.CreateCommand();
                create.CommandText = @"CREATE TABLE resources (service TEXT NOT NULL, kind TEXT NOT NULL, id TEXT NOT NULL, seq INTEGER NOT NULL,
                    name TEXT, state TEXT NOT NULL, created_at TEXT NOT NULL, parent TEXT, json TEXT NOT NULL, target_state TEXT, due_at INTEGER,
                    PRIMARY KEY (service, kind, id));
                    INSERT INTO resources (service, kind, id, seq, name, state, created_at, json) VALUES ('svc', 'thing', 'a', 1, 'a', 'ok', '2026-03-01', '{""size"":7}');";
                create.ExecuteNonQuery();
            }
            using var store = new ResourceStore(path, () => Now, new[] { SizeShape() });
            ListParameters.ListItem(store.List(new ListQuery("svc", "thing")).Items.Single(), "state").Should().Be("{\"state\":\"ok\",\"size\":7}");
            ListParameters.ListItem(store.List(new ListQuery("svc", "thing") { Read = ListRead.Shape }).Items.Single(), "state")
                .Should().Be("{\"state\":\"ok\",\"size\":7}", "a shape-only page still reads the JSON of a row that has no shape yet");
            store.Insert(Thing("b", 8));
            store.List(new ListQuery("svc", "thing")).Items.Select(r => r.ListJson).Should().Equal("{\"size\":7}", "{\"size\":8}");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            foreach (var f in new[] { path, path + "-wal", path + "-shm" }) if (File.Exists(f)) File.Delete(f);
        }
    }

    [Fact]
    public async Task A_listed_file_volume_shows_its_state_as_it_moves_and_only_its_list_fields()
    {
        var now = Now;
        await using var host = await EmulatorHost.StartAsync(new EmulatorOptions { TransitionDelay = TimeSpan.FromSeconds(2) });
        host.Clock = () => now;
        var fs = new ServiceCalls(host, "filestorage", "1.1");
        await fs.Ok("POST", "/v1/volumes", new { name = "share01", protocol = "NFS", type_name = "SSD" }, 202);

        var item = (await fs.Ok("GET", "/v1/volumes"))["filestorages"]![0]!;
        item["name"]!.GetValue<string>().Should().Be("share01");
        ServiceCalls.ShouldHaveExactly(item, "id", "name", "protocol", "state", "account_id", "created_at", "type_id", "type_name", "purpose");
        item["state"]!.GetValue<string>().Should().Be("creating");
        now = now.AddSeconds(3);
        (await fs.Ok("GET", "/v1/volumes"))["filestorages"]![0]!["state"]!.GetValue<string>().Should().Be("available");
    }
}
