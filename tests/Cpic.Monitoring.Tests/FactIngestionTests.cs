using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;
using Cpic.Counselling.Contracts;
using static Cpic.Monitoring.Tests.Samples;

namespace Cpic.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class FactIngestionTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly March = new(2025, 3, 14);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetWithFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_redelivered_service_is_counted_once()
    {
        var client = Client();
        var service = Service("LBC", March, client.ClientId);
        await app.Publish("LBC", client, service);
        await app.Publish("LBC", service);

        var totals = (await Statistics()).GetProperty("totals");
        totals.GetProperty("clients").GetInt64().Should().Be(1);
        totals.GetProperty("services").GetInt64().Should().Be(1);
        totals.GetProperty("minutes").GetInt64().Should().Be(30);
    }

    [Fact]
    public async Task A_correction_replaces_the_service_and_its_clients()
    {
        var (first, second) = (Client(), Client(nationality: "UA"));
        var service = Service("LBC", March, first.ClientId);
        await app.Publish("LBC", first, second, service);
        await app.Publish("LBC", Corrected(service, "legal-counselling", second.ClientId));

        var stats = await Statistics();
        stats.GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(1);
        stats.GetProperty("totals").GetProperty("minutes").GetInt64().Should().Be(45);
        Codes(stats, "serviceType").Should().Equal("legal-counselling");
        Codes(stats, "nationality").Should().Equal("UA");
    }

    [Fact]
    public async Task A_correction_arriving_after_a_newer_one_changes_nothing()
    {
        var (first, second) = (Client(), Client(nationality: "UA"));
        var service = Service("LBC", March, first.ClientId);
        await app.Publish("LBC", first, second, service);
        var older = Corrected(service, "legal-counselling", first.ClientId, second.ClientId);
        var newer = Corrected(service, "interpreting-translation", second.ClientId) with { Revision = 3 };
        await app.Publish("LBC", newer);
        await app.Publish("LBC", older);

        var stats = await Statistics();
        stats.GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(1);
        Codes(stats, "serviceType").Should().Equal("interpreting-translation");
        Codes(stats, "nationality").Should().Equal("UA");
    }

    [Fact]
    public async Task A_cancelled_service_leaves_the_statistics()
    {
        var client = Client();
        var kept = Service("LBC", March, client.ClientId);
        var cancelled = Service("LBC", March, "legal-counselling", client.ClientId);
        await app.Publish("LBC", client, kept, cancelled);
        await app.Publish("LBC", new ServiceCancelled(cancelled.ServiceId, "LBC", March));

        var stats = await Statistics();
        stats.GetProperty("totals").GetProperty("services").GetInt64().Should().Be(1);
        Codes(stats, "serviceType").Should().Equal("social-counselling");
    }

    [Fact]
    public async Task Merged_client_records_count_as_one_client()
    {
        var (surviving, duplicate) = (Client(nationality: "MN"), Client(nationality: "VN"));
        await app.Publish("LBC", surviving, duplicate, Service("LBC", March, surviving.ClientId),
            Service("LBC", March, duplicate.ClientId));
        (await Statistics()).GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(2);

        await app.Publish("LBC", new ClientsMerged(surviving.ClientId, duplicate.ClientId, "LBC"));

        var stats = await Statistics();
        stats.GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(1);
        stats.GetProperty("totals").GetProperty("services").GetInt64().Should().Be(2);
        Codes(stats, "nationality").Should().Equal("MN");
    }

    [Fact]
    public async Task A_service_of_a_merged_record_arriving_later_counts_for_the_surviving_client()
    {
        var (surviving, duplicate) = (Client(), Client());
        await app.Publish("LBC", surviving, duplicate, Service("LBC", March, surviving.ClientId),
            new ClientsMerged(surviving.ClientId, duplicate.ClientId, "LBC"));
        await app.Publish("LBC", Service("LBC", March, duplicate.ClientId));

        (await Statistics()).GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(1);
    }

    [Fact]
    public async Task An_anonymised_client_is_still_counted_with_the_attributes_it_had()
    {
        var client = Client(nationality: "UA");
        await app.Publish("LBC", client, Service("LBC", March, client.ClientId));
        await app.Publish("LBC", new ClientAnonymised(client.ClientId, "LBC"));
        // Handled after the anonymisation (a separate batch: messages of one batch may be handled in any order).
        await app.Publish("LBC", new ClientProfileChanged(client.ClientId, "LBC", client.Workplace, null, null, null));

        var stats = await Statistics();
        stats.GetProperty("totals").GetProperty("clients").GetInt64().Should().Be(1);
        Codes(stats, "nationality").Should().Equal("UA");
    }

    [Fact]
    public async Task Client_attributes_follow_profile_and_residence_changes_in_any_order()
    {
        var client = Client(nationality: "VN");
        await app.Publish("LBC", Service("LBC", March, client.ClientId));
        await app.Publish("LBC", client);
        await app.Publish("LBC", new ClientResidenceStatusChanged(client.ClientId, "LBC", "permanent-residence", null, null, null),
            new ClientProfileChanged(client.ClientId, "LBC", client.Workplace, "male", 1980, "RU"));

        var stats = await Statistics();
        Codes(stats, "nationality").Should().Equal("RU");
        Codes(stats, "sex").Should().Equal("male");
        Codes(stats, "residenceCategory").Should().Equal("permanent-residence");
        Codes(stats, "ageBand").Should().Equal("45-61");
    }

    private async Task<JsonElement> Statistics() => await (await _head.GetAsync(Year2025())).ShouldBe(HttpStatusCode.OK);

    internal static IEnumerable<string?> Codes(JsonElement stats, string dimension) =>
        stats.GetProperty("breakdowns").GetProperty(dimension).EnumerateArray().Select(r => r.GetProperty("code").GetString());
}
