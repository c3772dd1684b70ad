using System.Net;
using System.Net.Http.Json;
using Cpic.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Cpic.Clients.Tests;

/// <summary>The host with its clock running from 23:30 UTC on 30 November 2026: half past midnight, 1 December, in Prague.</summary>
public sealed class NearMidnightApp : CpicApp
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(s => s.AddSingleton<TimeProvider>(new ShiftedClock(new DateTimeOffset(2026, 11, 30, 23, 30, 0, TimeSpan.Zero))));
    }

    private sealed class ShiftedClock(DateTimeOffset start) : TimeProvider
    {
        private readonly TimeSpan _shift = start - System.GetUtcNow();

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + _shift;
    }
}

public sealed class PragueDateTests(NearMidnightApp app) : IClassFixture<NearMidnightApp>
{
    [Fact]
    public async Task Today_is_the_date_in_Prague_not_in_UTC()
    {
        var counsellor = app.ClientFor("LBC", Roles.Counsellor);
        var client = await counsellor.Register(ClientRequests.Person(surname: "Pulnocni"));

        // In UTC it is still 30 November, so a date check in UTC would refuse 1 December as a future date.
        await (await counsellor.PostAsJsonAsync($"/api/v1/clients/{client.Id()}/consents",
            new { purpose = "photo", givenOn = "2026-12-01" })).ShouldBe(HttpStatusCode.Created);
        var tomorrow = await counsellor.PostAsJsonAsync($"/api/v1/clients/{client.Id()}/consents",
            new { purpose = "contact-for-events", givenOn = "2026-12-02" });
        (await tomorrow.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("givenOn", out _)
            .Should().BeTrue();
    }

    [Fact]
    public async Task The_current_residence_status_is_the_one_valid_on_the_injected_clocks_day_in_Prague()
    {
        var counsellor = app.ClientFor("LBC", Roles.Counsellor);
        var client = await counsellor.Register(ClientRequests.Person(surname: "Pulnocni"));
        var statuses = $"/api/v1/clients/{client.Id()}/residence-statuses";

        // 1 December in Prague (still 30 November in UTC): valid today. 3 December: not yet, whatever the machine's date.
        await (await counsellor.PostAsJsonAsync(statuses, new { category = "long-term-visa", validFrom = "2026-12-01" }))
            .ShouldBe(HttpStatusCode.Created);
        var recorded = await (await counsellor.PostAsJsonAsync(statuses, new { category = "long-term-residence", validFrom = "2026-12-03" }))
            .ShouldBe(HttpStatusCode.Created);

        recorded.GetProperty("currentResidence").GetProperty("category").GetString().Should().Be("long-term-visa");
        var found = await (await counsellor.GetAsync("/api/v1/clients?residenceCategory=long-term-visa&name=Pulnocni")).ShouldBe(HttpStatusCode.OK);
        found.GetProperty("items").GetArrayLength().Should().Be(1, "the flat category behind the filter follows the same clock");
    }
}
