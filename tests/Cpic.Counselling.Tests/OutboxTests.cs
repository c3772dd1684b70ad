using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Contracts;
using Cpic.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Cpic.Counselling.Tests;

/// <summary>
/// Service events leave through the transactional outbox: another module (Monitoring, the ministry's statistics) sees
/// a committed write in its own read model, never notes or outcomes, and nothing of a write that failed to commit.
/// </summary>
[Collection(CounsellingCollection.Name)]
public sealed class OutboxTests(CpicApp app)
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    private async Task<JsonElement[]> FactsOf(Guid serviceId)
    {
        var response = await app.ClientFor(null, Roles.MinistryAnalyst).GetAsync("/api/v1/monitoring/facts");
        var body = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK, body);
        body.Should().NotContain("Protected: family situation").And.NotContain("Explained the extension");
        return [.. body.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone())
            .Where(f => f.GetProperty("kind").GetString() == "service" && f.GetProperty("serviceId").GetGuid() == serviceId)];
    }

    [Fact]
    public async Task A_recorded_service_reaches_the_monitoring_read_model_without_notes_or_outcome()
    {
        var client = await app.RegisterClientAsync();
        var (response, messages) = await app.TrackAsync(() => _counsellor.PostJson(CounsellingKit.Services, ServiceBody.For(client)));
        var id = (await response.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var published = messages.Published<ServiceRecorded>().Where(m => m.ServiceId == id).Should().ContainSingle().Subject;
        JsonSerializer.Serialize(published).Should().NotContain("Protected").And.NotContain("Explained").And.NotContain("worker-a");
        var fact = (await FactsOf(id)).Should().ContainSingle().Subject;
        (fact.GetProperty("minutes").GetInt32(), fact.GetProperty("status").GetString()).Should().Be((45, "active"));
        fact.GetProperty("clientKey").GetGuid().Should().NotBe(client, "the feed carries a pseudonym, not the record's id");
    }

    [Fact]
    public async Task Of_simultaneous_corrections_only_the_committed_one_is_published_and_counted()
    {
        var client = await app.RegisterClientAsync();
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(client))).GetProperty("id").GetGuid();

        // All read ETag "1": one commits, the others fail (412 on the version check, 409 when their commit loses the race).
        HttpResponseMessage[] responses = [];
        var messages = await app.Tracking(TimeSpan.FromSeconds(60)).DoNotAssertOnExceptionsDetected()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => responses = await Task.WhenAll(Enumerable.Range(1, 6)
                .Select(i => _counsellor.SendWithIfMatch(HttpMethod.Put, $"{CounsellingKit.Services}/{id}",
                    ServiceBody.For(client) with { Minutes = 60 + i }, "\"1\"")))));

        responses.Count(r => r.StatusCode == HttpStatusCode.OK).Should().Be(1);
        responses.Where(r => r.StatusCode != HttpStatusCode.OK).Should()
            .OnlyContain(r => r.StatusCode == HttpStatusCode.Conflict || r.StatusCode == HttpStatusCode.PreconditionFailed);
        var winner = (await responses.Single(r => r.StatusCode == HttpStatusCode.OK).ShouldBe(HttpStatusCode.OK)).GetProperty("minutes").GetInt32();
        messages.Published<ServiceCorrected>().Select(m => m.Minutes).Distinct().Should().Equal(winner);
        (await FactsOf(id)).Select(f => f.GetProperty("minutes").GetInt32()).Should().Equal(winner);
        var history = await (await _counsellor.GetAsync($"{CounsellingKit.Services}/{id}/history")).ShouldBe(HttpStatusCode.OK);
        history.GetArrayLength().Should().Be(2, "the failed corrections left no revision");
    }
}
