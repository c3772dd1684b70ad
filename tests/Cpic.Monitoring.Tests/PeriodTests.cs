using System.Net;
using System.Net.Http.Headers;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Contracts;
using static Cpic.Monitoring.Tests.Samples;

namespace Cpic.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class PeriodTests(CpicApp app) : IAsyncLifetime
{
    private const string March = "/api/v1/monitoring/periods/LBC/2025-03";
    private static readonly DateOnly InMarch = new(2025, 3, 20);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);
    private readonly HttpClient _coordinator = app.ClientFor(null, Roles.MinistryCoordinator);

    public Task InitializeAsync() => app.ResetWithFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_closed_month_keeps_its_snapshot_and_shows_later_corrections_as_adjustments_until_reopened()
    {
        var client = Client();
        var service = Service("LBC", InMarch, client.ClientId);
        await app.Publish("LBC", client, service);
        var closed = await (await _head.PostAsync($"{March}/close", null)).ShouldBe(HttpStatusCode.Created);
        closed.GetProperty("status").GetString().Should().Be("closed");
        closed.GetProperty("snapshots")[0].GetProperty("totals").GetProperty("services").GetInt64().Should().Be(1);

        await app.Publish("LBC", Service("LBC", InMarch, "legal-counselling", client.ClientId), Corrected(service, "social-counselling", client.ClientId));

        var response = await _coordinator.GetAsync(March);
        var period = await response.ShouldBe(HttpStatusCode.OK);
        period.GetProperty("snapshots")[0].GetProperty("totals").GetProperty("minutes").GetInt64().Should().Be(30);
        period.GetProperty("snapshots")[0].TryGetProperty("takenAt", out _).Should().BeTrue();
        var adjustments = period.GetProperty("adjustments");
        adjustments.GetProperty("services").GetInt64().Should().Be(1);
        adjustments.GetProperty("minutes").GetInt64().Should().Be(45);
        adjustments.GetProperty("byServiceType")[0].GetProperty("code").GetString().Should().Be("legal-counselling");

        var reopen = new HttpRequestMessage(HttpMethod.Post, $"{March}/reopen");
        reopen.Headers.IfMatch.Add(response.Headers.ETag!);
        var reopened = await (await _coordinator.SendAsync(reopen)).ShouldBe(HttpStatusCode.OK);
        reopened.GetProperty("status").GetString().Should().Be("open");
        reopened.GetProperty("adjustments").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        reopened.GetProperty("current").GetProperty("services").GetInt64().Should().Be(2);

        var again = await (await _head.PostAsync($"{March}/close", null)).ShouldBe(HttpStatusCode.Created);
        again.GetProperty("snapshots").GetArrayLength().Should().Be(2);
        again.GetProperty("snapshots")[1].GetProperty("totals").GetProperty("services").GetInt64().Should().Be(2);
    }

    [Fact]
    public async Task Closing_a_month_twice_is_a_conflict()
    {
        await (await _head.PostAsync($"{March}/close", null)).ShouldBe(HttpStatusCode.Created);
        await (await _head.PostAsync($"{March}/close", null)).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Theory]
    [InlineData("2999-01")]
    [InlineData("9999-12")]
    [InlineData("2025-3")]
    [InlineData("2025-13")]
    [InlineData("march")]
    [InlineData("0001-01")]
    [InlineData("1999-12")]
    public async Task Closing_a_month_that_has_not_ended_or_is_malformed_is_422(string month)
    {
        var current = DateTime.UtcNow.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture);
        foreach (var m in new[] { month, current })
        {
            var problem = await (await _head.PostAsync($"/api/v1/monitoring/periods/LBC/{m}/close", null))
                .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
            problem.GetProperty("errors").TryGetProperty("month", out _).Should().BeTrue();
        }
    }

    [Fact]
    public async Task The_months_a_centre_closed_are_listed_with_the_time_of_each_snapshot()
    {
        await (await _head.PostAsync($"{March}/close", null)).ShouldBe(HttpStatusCode.Created);
        await (await _head.PostAsync("/api/v1/monitoring/periods/LBC/2025-04/close", null)).ShouldBe(HttpStatusCode.Created);
        var response = await _coordinator.GetAsync(March);
        await response.ShouldBe(HttpStatusCode.OK);
        var reopen = new HttpRequestMessage(HttpMethod.Post, $"{March}/reopen");
        reopen.Headers.IfMatch.Add(response.Headers.ETag!);
        await (await _coordinator.SendAsync(reopen)).ShouldBe(HttpStatusCode.OK);

        var months = await (await _head.GetAsync("/api/v1/monitoring/periods/LBC")).ShouldBe(HttpStatusCode.OK);
        months.EnumerateArray().Select(m => $"{m.GetProperty("month")}:{m.GetProperty("status")}").Should().Equal("2025-04:closed", "2025-03:open");
        var snapshot = months[1].GetProperty("snapshots").EnumerateArray().Single();
        snapshot.GetProperty("takenAt").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(5));
        await (await _head.GetAsync("/api/v1/monitoring/periods/PHA")).ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _coordinator.GetAsync("/api/v1/monitoring/periods/XXX")).ShouldBeProblem(HttpStatusCode.NotFound);
        (await (await _coordinator.GetAsync("/api/v1/monitoring/periods/LBC/9999-12")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("status").GetString().Should().Be("open");
    }

    [Fact]
    public async Task Only_the_head_of_that_centre_closes_its_months()
    {
        (await _coordinator.PostAsync($"{March}/close", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await (await _head.PostAsync("/api/v1/monitoring/periods/PHA/2025-03/close", null)).ShouldBeProblem(HttpStatusCode.Forbidden);
        (await app.ClientFor("LBC", Roles.Counsellor).PostAsync($"{March}/close", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await (await _head.GetAsync("/api/v1/monitoring/periods/PHA/2025-03")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Reopening_needs_the_current_ETag_and_a_closed_month()
    {
        await (await _coordinator.PostAsync($"{March}/reopen", null)).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _head.PostAsync($"{March}/close", null)).ShouldBe(HttpStatusCode.Created);
        await (await _coordinator.PostAsync($"{March}/reopen", null)).ShouldBeProblem((HttpStatusCode)428);

        var stale = new HttpRequestMessage(HttpMethod.Post, $"{March}/reopen");
        stale.Headers.IfMatch.Add(new EntityTagHeaderValue("\"99\""));
        await (await _coordinator.SendAsync(stale)).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        (await _head.PostAsync($"{March}/reopen", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_cancellation_in_a_closed_month_is_an_adjustment()
    {
        var client = Client();
        var service = Service("LBC", InMarch, client.ClientId);
        await app.Publish("LBC", client, service);
        await (await _head.PostAsync($"{March}/close", null)).ShouldBe(HttpStatusCode.Created);
        await app.Publish("LBC", new ServiceCancelled(service.ServiceId, "LBC", InMarch));

        var period = await (await _head.GetAsync(March)).ShouldBe(HttpStatusCode.OK);
        period.GetProperty("adjustments").GetProperty("clients").GetInt64().Should().Be(-1);
        period.GetProperty("adjustments").GetProperty("services").GetInt64().Should().Be(-1);
    }
}
