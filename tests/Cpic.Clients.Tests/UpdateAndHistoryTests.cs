using System.Net;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Clients.Tests;

[Collection(ClientsCollection.Name)]
public sealed class UpdateAndHistoryTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task An_update_with_the_current_etag_is_applied_and_returns_the_next_etag()
    {
        var client = await _counsellor.Register(ClientRequests.Person("Olena", "Bondarenko"));
        var response = await _counsellor.Update(client.Id(), ClientRequests.Person("Olena", "Kovalenko"), "\"1\"");

        var body = await response.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("details").GetProperty("surname").GetString().Should().Be("Kovalenko");
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
    }

    [Fact]
    public async Task The_details_object_of_a_read_can_be_sent_back_with_PUT_but_not_the_whole_record()
    {
        foreach (var person in new[] { ClientRequests.Person("Olena", "Bondarenko"), ClientRequests.Anonymous() })
        {
            var client = await _counsellor.Register(person);
            var (read, etag) = await _counsellor.Read(client.Id());

            await (await _counsellor.Update(client.Id(), read, etag)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
            var saved = await (await _counsellor.Update(client.Id(), read.GetProperty("details"), etag)).ShouldBe(HttpStatusCode.OK);
            saved.GetProperty("details").GetRawText().Should().Be(read.GetProperty("details").GetRawText());
        }
    }

    [Fact]
    public async Task A_stale_update_gets_412_and_does_not_overwrite()
    {
        var client = await _counsellor.Register(ClientRequests.Person("Olena", "Bondarenko"));
        await (await _counsellor.Update(client.Id(), ClientRequests.Person("Olena", "Kovalenko"), "\"1\"")).ShouldBe(HttpStatusCode.OK);

        var stale = await _counsellor.Update(client.Id(), ClientRequests.Person("Olena", "Shevchuk"), "\"1\"");

        await stale.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        var (read, _) = await _counsellor.Read(client.Id());
        read.GetProperty("details").GetProperty("surname").GetString().Should().Be("Kovalenko");
    }

    [Fact]
    public async Task An_update_without_If_Match_gets_428()
    {
        var client = await _counsellor.Register(ClientRequests.Person());
        await (await _counsellor.Update(client.Id(), ClientRequests.Person(), null))
            .ShouldBeProblem(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task The_history_says_who_changed_what_and_when()
    {
        var client = await _counsellor.Register(ClientRequests.Person("Olena", "Bondarenko"));
        await (await _counsellor.Update(client.Id(), ClientRequests.Person("Olena", "Kovalenko"), "\"1\"")).ShouldBe(HttpStatusCode.OK);

        var history = await (await _counsellor.GetAsync($"/api/v1/clients/{client.Id()}/history")).ShouldBe(HttpStatusCode.OK);

        var entries = history.EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("change").GetString()).Should().Equal("clients.record_opened", "clients.details_changed");
        entries.Should().OnlyContain(e => e.GetProperty("by").GetString() == "test-counsellor");
        entries[0].GetProperty("data").GetProperty("details").GetProperty("surname").GetString().Should().Be("Bondarenko");
        entries[1].GetProperty("data").GetProperty("details").GetProperty("surname").GetString().Should().Be("Kovalenko");
        entries[1].GetProperty("at").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
    }
}
