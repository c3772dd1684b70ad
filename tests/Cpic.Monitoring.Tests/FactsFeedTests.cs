using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Contracts;
using static Cpic.Monitoring.Tests.Samples;

namespace Cpic.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class FactsFeedTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly June = new(2025, 6, 2);
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);

    public Task InitializeAsync() => app.ResetWithFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_feed_streams_ndjson_and_a_cursor_returns_only_later_changes()
    {
        var (first, second) = (Client(nationality: "UA", birthYear: 1987), Client());
        var service = Service("LBC", June, first.ClientId, second.ClientId);
        await app.Publish("LBC", first, second, service);

        var response = await _analyst.GetAsync("/api/v1/monitoring/facts");
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/x-ndjson");
        response.Headers.GetValues("Cpic-Facts-Schema").Should().Equal("2");
        var rows = await Rows(response);
        rows.Should().HaveCount(2);
        // The key is a pseudonym of the client, the same in every row and pull, never the record's id.
        rows.Select(r => r.GetProperty("clientKey").GetString()).Should().OnlyHaveUniqueItems()
            .And.NotContain([first.ClientId.ToString(), second.ClientId.ToString()]);
        var ukrainian = rows.Single(r => r.GetProperty("nationality").GetString() == "UA");
        ukrainian.GetProperty("birthYearBand").GetString().Should().Be("1985-1989");
        ukrainian.GetProperty("primary").GetBoolean().Should().BeTrue();
        ukrainian.GetProperty("topics")[0].GetString().Should().Be("residence");
        ukrainian.TryGetProperty("birthYear", out _).Should().BeFalse();

        var cursor = rows.Max(r => r.GetProperty("seq").GetInt64());
        (await Rows(await _analyst.GetAsync($"/api/v1/monitoring/facts?after={cursor}"))).Should().BeEmpty();
        await app.Publish("LBC", new ServiceCancelled(service.ServiceId, "LBC", June));
        var changes = await Rows(await _analyst.GetAsync($"/api/v1/monitoring/facts?after={cursor}"));
        changes.Select(r => r.GetProperty("status").GetString()).Should().Equal("cancelled", "cancelled");
        changes.Select(r => r.GetProperty("clientKey").GetString()).Should().BeEquivalentTo(rows.Select(r => r.GetProperty("clientKey").GetString()));
    }

    [Fact]
    public async Task The_feed_streams_csv_with_a_header_and_honours_the_limit()
    {
        var clients = Enumerable.Range(0, 3).Select(_ => Client()).ToList();
        await app.Publish("LBC", [.. clients, .. clients.Select(c => Service("LBC", June, c.ClientId))]);

        var csv = await (await _analyst.GetAsync("/api/v1/monitoring/facts?format=csv&limit=2")).Content.ReadAsStringAsync();
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        lines[0].Should().StartWith("seq,serviceId,clientKey,status,primary,centre");
        lines.Should().HaveCount(3);
        lines[1].Should().Contain(",active,true,LBC,LBC-LIB,CZ051,2025-06-02,social-counselling,office,workplace,residence,30,");
    }

    [Theory]
    [InlineData("after=-1")]
    [InlineData("after=abc")]
    [InlineData("after=1.5")]
    [InlineData("after=99999999999999999999")]
    [InlineData("limit=abc")]
    public async Task A_cursor_or_limit_that_is_not_a_whole_number_is_400(string query) =>
        await (await _analyst.GetAsync($"/api/v1/monitoring/facts?{query}")).ShouldBeProblem(HttpStatusCode.BadRequest);

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=1000001", "limit")]
    [InlineData("format=xml", "format")]
    public async Task Bad_feed_parameters_are_422(string query, string field)
    {
        var problem = await (await _analyst.GetAsync($"/api/v1/monitoring/facts?{query}")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }

    [Fact]
    public async Task Only_ministry_roles_read_the_feed() =>
        (await app.ClientFor("LBC", Roles.CentreHead).GetAsync("/api/v1/monitoring/facts")).StatusCode.Should().Be(HttpStatusCode.Forbidden);

    private static async Task<List<JsonElement>> Rows(HttpResponseMessage response) =>
        [.. (await response.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.Clone())];
}
