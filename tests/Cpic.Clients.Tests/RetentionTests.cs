using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Features.Retention;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Cpic.Clients.Tests;

/// <summary>What a centre head sees of the retention policy: the dry run, the schedule, the runs, and running it now.</summary>
[Collection(ClientsCollection.Name)]
public sealed class RetentionTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly Today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow,
        TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague")));
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_dry_run_lists_the_centres_records_due_with_reason_and_date_and_changes_nothing()
    {
        var client = await _counsellor.Register(ClientRequests.Person());
        await app.ClientFor("PHA", Roles.Counsellor).Register(ClientRequests.Person(workplace: "PHA-PRG"));

        var now = await (await _head.GetAsync("/api/v1/clients/retention/due")).ShouldBe(HttpStatusCode.OK);
        var later = await (await _head.GetAsync($"/api/v1/clients/retention/due?on={Today.AddYears(11):yyyy-MM-dd}"))
            .ShouldBe(HttpStatusCode.OK);

        now.GetProperty("items").GetArrayLength().Should().Be(0);
        var due = later.GetProperty("items").EnumerateArray().Should().ContainSingle("the other centre's record is not listed").Subject;
        due.GetProperty("clientId").GetGuid().Should().Be(client.Id());
        var registered = DateOnly.Parse(client.GetProperty("registeredOn").GetString()!);
        due.GetProperty("dueOn").GetString().Should().Be(registered.AddYears(10).AddDays(1).ToString("yyyy-MM-dd"));
        due.GetProperty("reason").GetString().Should().Contain("no activity since").And.Contain("10 years");
        (await _counsellor.Read(client.Id())).Body.GetProperty("anonymisedAt").ValueKind.Should().Be(JsonValueKind.Null);
        (await _counsellor.GetAsync("/api/v1/clients/retention/due")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_head_sees_the_schedule_and_the_last_runs_with_the_centres_counts_and_runs_it_now()
    {
        await _counsellor.Register(ClientRequests.Person());
        await app.ClientFor("PHA", Roles.Counsellor).Register(ClientRequests.Person(workplace: "PHA-PRG"));
        var policy = await (await _head.GetAsync("/api/v1/clients/retention")).ShouldBe(HttpStatusCode.OK);
        policy.GetProperty("retentionYears").GetInt32().Should().Be(10);
        policy.GetProperty("runsDailyAt").GetString().Should().Be("02:30");
        policy.GetProperty("nextRunAt").GetDateTimeOffset().Should().BeAfter(DateTimeOffset.UtcNow).And
            .BeBefore(DateTimeOffset.UtcNow.AddDays(1));

        var manual = await (await app.AndWaitForMessages(() => _head.PostAsync("/api/v1/clients/retention/runs", null)))
            .ShouldBe(HttpStatusCode.Created);
        manual.GetProperty("anonymised").GetInt32().Should().Be(0, "nothing is ten years old today");
        manual.GetProperty("scope").GetString().Should().Be("centre");
        using var scope = app.Services.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        await app.AndWaitForMessages(async () => { await bus.InvokeAsync(new ApplyRetentionPolicy(Today.AddYears(11))); return 0; });

        var runs = await (await _head.GetAsync("/api/v1/clients/retention/runs")).ShouldBe(HttpStatusCode.OK);
        var items = runs.GetProperty("items").EnumerateArray().ToList();
        items.Select(r => r.GetProperty("scope").GetString()).Should().StartWith(["all-centres", "centre"]);
        items[0].GetProperty("anonymised").GetInt32().Should().Be(1, "one record of this centre, the other centre's not counted");
        items[0].GetProperty("by").GetString().Should().Be("system:retention");
        items[1].GetProperty("by").GetString().Should().Be("test-centre-head");
        var otherRuns = await (await app.ClientFor("PHA", Roles.CentreHead).GetAsync("/api/v1/clients/retention/runs"))
            .ShouldBe(HttpStatusCode.OK);
        otherRuns.GetProperty("items").EnumerateArray().Select(r => r.GetProperty("scope").GetString()).Should()
            .NotContain("centre", "another centre's own runs are not listed");
    }
}
