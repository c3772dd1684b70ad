using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.Host;
using Microsoft.Extensions.DependencyInjection;
using Wolverine.Tracking;
using Xunit.Abstractions;

namespace Cpic.Api.Tests;

/// <summary>
/// The demo year (<c>./build/run.sh --demo</c>) goes through the modules' commands, so the ministry's statistics of a
/// centre's year count its clients, services, field visits, casework and courses; loading it again adds nothing.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class DemoYearTests(CpicApp app, ITestOutputHelper output) : IAsyncLifetime
{
    private readonly DateOnly _today = app.Services.GetRequiredService<TimeProvider>().Today();
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetWithMonitoringFactsAsync();

    public Task DisposeAsync() => app.ResetWithMonitoringFactsAsync();

    [Fact]
    public async Task A_centres_year_has_figures_everywhere_and_a_second_load_adds_nothing()
    {
        var took = await LoadAsync();
        output.WriteLine($"The demo year of {Centres} centres loaded in {took.TotalSeconds:F1} s");

        var statistics = await Statistics("LBC");
        statistics.GetProperty("totals").GetProperty("clients").GetInt32().Should().BeGreaterThan(40);
        statistics.GetProperty("totals").GetProperty("services").GetInt32().Should().BeGreaterThan(80);
        statistics.GetProperty("breakdowns").GetProperty("serviceType").GetArrayLength().Should().Be(7, "every type of service");
        statistics.GetProperty("breakdowns").GetProperty("form").GetArrayLength().Should().Be(3, "every form");
        statistics.GetProperty("breakdowns").GetProperty("nationality").GetArrayLength().Should().BeGreaterThan(4);
        statistics.GetProperty("breakdowns").GetProperty("residenceCategory").GetArrayLength().Should().BeGreaterThan(4);
        var activities = statistics.GetProperty("activities");
        activities.GetProperty("fieldVisits").GetProperty("visits").GetInt32().Should().BeGreaterThan(0);
        activities.GetProperty("audiences").ToString().Should().NotBe("{}");
        var courses = statistics.GetProperty("courses").GetProperty("totals");
        courses.GetProperty("courses").GetInt32().Should().Be(3);
        courses.GetProperty("sessions").GetInt32().Should().BeGreaterThan(0);
        courses.GetProperty("participants").GetInt32().Should().BeGreaterThan(0);

        var network = (await Statistics(null)).ToString();
        var clients = await ClientCount();
        (await LoadAsync()).Should().BeLessThan(took, "the second load finds every centre loaded");
        (await Statistics(null)).ToString().Should().Be(network, "a second load adds nothing");
        (await ClientCount()).Should().Be(clients);

        foreach (var list in new[] { "counselling/services", "counselling/field-visits", "counselling/cases", "counselling/referrals", "courses" })
        {
            await (await _head.GetAsync($"/api/v1/{list}?limit=200")).ShouldBe(HttpStatusCode.OK);
        }
    }

    private const int Centres = 14;

    private async Task<TimeSpan> LoadAsync()
    {
        var took = TimeSpan.Zero;
        await app.Tracking(TimeSpan.FromMinutes(3)).IncludeExternalTransports()
            .ExecuteAndWaitAsync((Func<Wolverine.IMessageContext, Task>)(async _ => took = await DemoYear.LoadAsync(app.Services, default)));
        await app.UntilServiceChangesAppliedAsync();
        return took;
    }

    private async Task<JsonElement> Statistics(string? centre) =>
        await (await _analyst.GetAsync($"/api/v1/monitoring/statistics?from={_today.Year}-01-01&to={_today:yyyy-MM-dd}{(centre is null ? "" : $"&centre={centre}")}"))
            .ShouldBe(HttpStatusCode.OK);

    private async Task<int> ClientCount()
    {
        var page = await (await _head.GetAsync("/api/v1/clients?limit=200")).ShouldBe(HttpStatusCode.OK);
        return page.GetProperty("items").GetArrayLength();
    }
}
