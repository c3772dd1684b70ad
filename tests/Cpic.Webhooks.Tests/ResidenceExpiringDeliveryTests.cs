using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Webhooks.Tests.WebhookKit;

namespace Cpic.Webhooks.Tests;

/// <summary>
/// <c>client.residence-expiring</c> reaches a subscriber when a status ending within 30 days is recorded, as its
/// schema in the OpenAPI document says.
/// </summary>
[Collection(WebhooksCollection.Name)]
public sealed class ResidenceExpiringDeliveryTests(WebhookApp app) : IAsyncLifetime
{
    private Receiver _receiver = null!;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        _receiver = await Receiver.StartAsync();
    }

    public async Task DisposeAsync() => await _receiver.DisposeAsync();

    [Fact]
    public async Task A_status_ending_soon_is_delivered_with_the_client_category_and_end_only()
    {
        var subscription = await app.ClientFor("LBC", Roles.Integrator).Subscribe(_receiver.Url("residence"), "client.residence-expiring");
        _receiver.Expect("residence", subscription.Secret);
        var counsellor = app.ClientFor("LBC", Roles.Counsellor);
        var client = await (await counsellor.PostAsJsonAsync("/api/v1/clients?force=true", new
        {
            anonymous = true, workplace = "LBC-LIB", pseudonym = "Modrá bunda", birthYearBand = "1985-1989", sex = "male", nationality = "VN",
        })).ShouldBe(HttpStatusCode.Created);
        var id = client.GetProperty("id").GetGuid();
        var end = TimeProvider.System.Today().AddDays(12);
        (await counsellor.PostAsJsonAsync($"/api/v1/clients/{id}/residence-statuses", new
        {
            category = "temporary-protection", permitType = "dočasná ochrana", documentNumber = "EB7654321",
            validFrom = end.AddYears(-1), validUntil = end,
        })).StatusCode.Should().Be(HttpStatusCode.Created);

        await Eventually(() => _receiver.On("residence").Count == 1, "the delivery of the expiring status");
        var received = _receiver.On("residence")[0];
        received.Verified.Should().BeTrue();
        var data = JsonDocument.Parse(received.Body).RootElement.GetProperty("data");
        (data.GetProperty("clientId").GetGuid(), data.GetProperty("centre").GetString(), data.GetProperty("residenceCategory").GetString(),
            data.GetProperty("validUntil").GetString()).Should().Be((id, "LBC", "temporary-protection", end.ToString("yyyy-MM-dd")));
        received.Body.Should().NotContainAny("EB7654321", "dočasná", "Modrá");
        var document = await (await app.CreateClient().GetAsync("/openapi/v1.json")).ShouldBe(HttpStatusCode.OK);
        var schema = document.GetProperty("components").GetProperty("schemas").GetProperty("Webhooks.Event.ClientResidenceExpiring");
        data.EnumerateObject().Select(p => p.Name).Should().BeEquivalentTo(
            schema.GetProperty("properties").GetProperty("data").GetProperty("required").EnumerateArray().Select(r => r.GetString()),
            "the body is what the published schema says");
    }
}
