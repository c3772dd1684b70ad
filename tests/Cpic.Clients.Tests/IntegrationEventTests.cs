using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;
using Cpic.Testing;
using Wolverine;
using Wolverine.Tracking;

namespace Cpic.Clients.Tests;

[Collection(ClientsCollection.Name)]
public sealed class IntegrationEventTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>The messages the request published (with or without subscribers yet).</summary>
    private async Task<List<object>> Published(Func<Task<HttpResponseMessage>> request)
    {
        var session = await app.Tracking().IncludeExternalTransports()
            .ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async _ => (await request()).EnsureSuccessStatusCode()));
        return [.. session.AllRecordsInOrder().Select(r => r.Message).OfType<object>().Distinct()];
    }

    [Fact]
    public async Task A_status_recorded_in_advance_is_announced_with_the_history_and_scheduled_to_take_effect()
    {
        var client = await _counsellor.Register(ClientRequests.Person());
        var start = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(30);

        var published = await Published(() => _counsellor.PostAsJsonAsync($"/api/v1/clients/{client.Id()}/residence-statuses",
            new { category = "long-term-residence", permitType = "zaměstnanecká karta", validFrom = start }));

        var changed = published.OfType<ClientResidenceStatusChanged>().Single();
        changed.Category.Should().BeNull("the status is not valid today");
        changed.Statuses.Should().Equal(new ResidenceCategorySince("long-term-residence", start));
        published.OfType<Cpic.Clients.Features.Residence.ResidenceStatusTakesEffect>().Should().ContainSingle(m => m.ClientId == client.Id());
    }

    [Fact]
    public async Task Registration_publishes_statistics_but_never_names_or_contacts()
    {
        var published = await Published(() => _counsellor.PostAsJsonAsync("/api/v1/clients?force=true",
            ClientRequests.Person("Oksana", "Lysenko", birthDate: "1991-02-03")));

        var registered = published.OfType<ClientRegistered>().Single();
        registered.Should().BeEquivalentTo(new { Centre = "LBC", Workplace = "LBC-LIB", Sex = "female", BirthYear = 1991,
            Nationality = "UA", Anonymous = false, BirthYearBand = "1990-1994" });
        JsonSerializer.Serialize(registered).Should().NotContain("Lysenko").And.NotContain("Oksana").And.NotContain("777");
    }

    [Fact]
    public async Task Changes_publish_profile_residence_identification_merge_and_anonymisation_events()
    {
        var anonymous = await _counsellor.Register(ClientRequests.Anonymous());
        var identified = await Published(() => _counsellor.Update(anonymous.Id(), ClientRequests.Person(nationality: "VN"), "\"1\""));
        identified.OfType<ClientIdentified>().Should().ContainSingle(e => e.ClientId == anonymous.Id());
        identified.OfType<ClientProfileChanged>().Should().ContainSingle(e => e.BirthYear == 1990);

        var residence = await Published(() => _counsellor.PostAsJsonAsync($"/api/v1/clients/{anonymous.Id()}/residence-statuses",
            new { category = "long-term-residence", permitType = "zaměstnanecká karta", validFrom = "2026-01-01" }));
        residence.OfType<ClientResidenceStatusChanged>().Should().ContainSingle(e => e.Category == "long-term-residence");

        var other = await _counsellor.Register(ClientRequests.Person());
        var merged = await Published(() => _head.PostAsJsonAsync($"/api/v1/clients/{anonymous.Id()}/merge", new { mergedClientId = other.Id() }));
        merged.OfType<ClientsMerged>().Should().ContainSingle(e => e.SurvivingClientId == anonymous.Id() && e.MergedClientId == other.Id());

        var anonymised = await Published(() => _head.PostAsJsonAsync($"/api/v1/clients/{anonymous.Id()}/anonymisation", new { }));
        anonymised.OfType<ClientAnonymised>().Should().ContainSingle(e => e.ClientId == anonymous.Id() && e.Centre == "LBC");
    }

    [Fact]
    public async Task An_update_that_changes_no_statistics_publishes_no_profile_event()
    {
        var client = await _counsellor.Register(ClientRequests.Person("Oksana", "Lysenko"));
        var published = await Published(() => _counsellor.Update(client.Id(), ClientRequests.Person("Oksana", "Lysenková"), "\"1\""));
        published.OfType<ClientProfileChanged>().Should().BeEmpty();
        (await _counsellor.Read(client.Id())).Body.GetProperty("version").GetInt64().Should().Be(2);
    }
}
