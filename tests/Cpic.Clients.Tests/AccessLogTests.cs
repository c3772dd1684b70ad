using System.Net;
using System.Net.Http.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Clients.Tests;

/// <summary>Every answer that names clients is in the access log: lists, searches, matches and the record an update returns.</summary>
[Collection(ClientsCollection.Name)]
public sealed class AccessLogTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<List<(Guid Client, string Action)>> LogAsync(string query = "")
    {
        var log = await (await _head.GetAsync($"/api/v1/clients/access-log?limit=200{query}")).ShouldBe(HttpStatusCode.OK);
        return [.. log.GetProperty("items").EnumerateArray().Select(e => (e.GetProperty("clientId").GetGuid(), e.GetProperty("action").GetString()!))];
    }

    [Fact]
    public async Task Lists_searches_matches_and_updates_log_each_client_they_name()
    {
        var first = (await _counsellor.Register(ClientRequests.Person("Lan", "Tran"))).Id();
        var second = (await _counsellor.Register(ClientRequests.Person("Oksana", "Kovalenko"))).Id();

        var search = new HttpRequestMessage(HttpMethod.Get, "/api/v1/clients?name=Tran") { Headers = { { "X-Access-Reason", "hledání" } } };
        await (await _counsellor.SendAsync(search)).ShouldBe(HttpStatusCode.OK);
        await (await _counsellor.GetAsync("/api/v1/clients")).ShouldBe(HttpStatusCode.OK);
        await (await _counsellor.PostAsJsonAsync("/api/v1/clients/potential-matches", new { surname = "Kovalenko" })).ShouldBe(HttpStatusCode.OK);
        var (record, etag) = await _counsellor.Read(second);
        var update = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/clients/{second}")
        {
            Content = JsonContent.Create(record.GetProperty("details")), Headers = { { "If-Match", etag } },
        };
        await (await _counsellor.SendAsync(update)).ShouldBe(HttpStatusCode.OK);
        await (await _counsellor.GetAsync("/api/v1/clients?name=nobody")).ShouldBe(HttpStatusCode.OK);

        var log = await LogAsync();
        log.Should().Contain([(first, "search"), (second, "search"), (second, "potential-matches"), (second, "read"), (second, "update")]);
        log.Count(e => e == (first, "search")).Should().Be(2, "the search by name and the full list both named her");
        (await LogAsync($"&clientId={first}")).Should().OnlyContain(e => e.Client == first, "a subject access request sees who saw this person");
    }

    [Fact]
    public async Task The_access_log_filters_by_time()
    {
        var client = (await _counsellor.Register(ClientRequests.Person())).Id();
        await _counsellor.Read(client);
        await Task.Delay(100);
        var now = Uri.EscapeDataString(DateTimeOffset.UtcNow.ToString("O"));
        await Task.Delay(100);
        await _counsellor.Read(client);

        (await LogAsync($"&to={now}")).Should().HaveCount(1);
        (await LogAsync($"&from={now}")).Should().HaveCount(1);
        (await LogAsync($"&from={Uri.EscapeDataString(DateTimeOffset.UtcNow.AddDays(1).ToString("O"))}")).Should().BeEmpty();
    }
}
