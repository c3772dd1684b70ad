using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Clients.Tests;

[Collection(ClientsCollection.Name)]
public sealed class ResidenceTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly Today = TimeProvider.System.Today();
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<JsonElement> Record(Guid client, string category, DateOnly from, DateOnly? until, string? document = null)
    {
        var response = await app.AndWaitForMessages(() => _counsellor.PostAsJsonAsync(
            $"/api/v1/clients/{client}/residence-statuses", new
            {
                category, permitType = "dočasná ochrana", documentNumber = document, validFrom = from, validUntil = until,
                verifiedBy = "test-counsellor", verifiedOn = Today,
            }));
        return await response.ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_current_status_is_the_latest_and_the_document_number_is_masked_and_encrypted()
    {
        var client = await _counsellor.Register(ClientRequests.Person());
        await Record(client.Id(), "long-term-visa", Today.AddYears(-2), Today.AddYears(-1));
        var body = await Record(client.Id(), "temporary-protection", Today.AddMonths(-6), Today.AddMonths(6), "EB1234567");

        body.GetProperty("currentResidence").GetProperty("category").GetString().Should().Be("temporary-protection");
        body.GetProperty("currentResidence").GetProperty("documentNumber").GetString().Should().Be("***567");
        body.GetProperty("residence").GetArrayLength().Should().Be(2);
        await using var session = app.Store.QuerySession("LBC");
        var stored = System.Text.Json.JsonSerializer.Serialize((await session.Events.FetchStreamAsync(client.Id())).Select(e => e.Data));
        stored.Should().Contain("enc:v1:").And.NotContain("EB1234567", "document numbers are stored encrypted");
        var export = await (await _counsellor.GetAsync($"/api/v1/clients/{client.Id()}/export")).ShouldBe(HttpStatusCode.OK);
        export.GetProperty("client").GetProperty("currentResidence").GetProperty("documentNumber").GetString().Should().Be("EB1234567");
    }

    [Fact]
    public async Task A_status_recorded_in_advance_is_not_current_until_it_starts()
    {
        var client = await _counsellor.Register(ClientRequests.Person(surname: "Predem"));
        await Record(client.Id(), "long-term-visa", Today.AddMonths(-2), Today.AddMonths(10));
        var body = await Record(client.Id(), "long-term-residence", Today.AddDays(20), null);

        body.GetProperty("currentResidence").GetProperty("category").GetString().Should().Be("long-term-visa");
        body.GetProperty("residence").GetArrayLength().Should().Be(2);
        foreach (var (category, found) in new[] { ("long-term-visa", 1), ("long-term-residence", 0) })
        {
            var list = await (await _counsellor.GetAsync($"/api/v1/clients?residenceCategory={category}")).ShouldBe(HttpStatusCode.OK);
            list.GetProperty("items").GetArrayLength().Should().Be(found, category);
        }
    }

    [Fact]
    public async Task Clients_whose_status_ends_within_the_window_are_listed()
    {
        var soon = await _counsellor.Register(ClientRequests.Person(surname: "Brzy"));
        var later = await _counsellor.Register(ClientRequests.Person(surname: "Pozdeji"));
        await Record(soon.Id(), "temporary-protection", Today.AddMonths(-11), Today.AddDays(20));
        await Record(later.Id(), "temporary-protection", Today.AddMonths(-1), Today.AddDays(200));

        var list = await (await _counsellor.GetAsync("/api/v1/clients/expiring-residence?within=30d")).ShouldBe(HttpStatusCode.OK);

        var item = list.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("surname").GetString().Should().Be("Brzy");
        item.GetProperty("daysLeft").GetInt32().Should().Be(20);
        await (await _counsellor.GetAsync("/api/v1/clients/expiring-residence?within=soon"))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Eligibility_gives_reason_codes_for_the_date_asked()
    {
        var client = await _counsellor.Register(ClientRequests.Person());
        var none = await (await _counsellor.GetAsync($"/api/v1/clients/{client.Id()}/eligibility")).ShouldBe(HttpStatusCode.OK);
        none.GetProperty("eligible").GetBoolean().Should().BeFalse();
        none.GetProperty("reasons")[0].GetString().Should().Be("no-residence-status");

        await Record(client.Id(), "short-stay", Today.AddDays(-10), Today.AddDays(50));
        var shortStay = await (await _counsellor.GetAsync($"/api/v1/clients/{client.Id()}/eligibility")).ShouldBe(HttpStatusCode.OK);
        shortStay.GetProperty("reasons")[0].GetString().Should().Be("short-stay");

        await Record(client.Id(), "temporary-protection", Today, Today.AddYears(1));
        var eligible = await (await _counsellor.GetAsync($"/api/v1/clients/{client.Id()}/eligibility")).ShouldBe(HttpStatusCode.OK);
        eligible.GetProperty("eligible").GetBoolean().Should().BeTrue();
        eligible.GetProperty("reasons")[0].GetString().Should().Be("in-target-group:temporary-protection");

        var later = Today.AddYears(2).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var expired = await (await _counsellor.GetAsync($"/api/v1/clients/{client.Id()}/eligibility?on={later}")).ShouldBe(HttpStatusCode.OK);
        expired.GetProperty("reasons")[0].GetString().Should().Be("no-valid-status");
    }

    [Fact]
    public async Task A_status_ending_before_it_starts_or_of_an_unknown_category_is_422()
    {
        var client = await _counsellor.Register(ClientRequests.Person());
        var response = await _counsellor.PostAsJsonAsync($"/api/v1/clients/{client.Id()}/residence-statuses",
            new { category = "holiday", validFrom = "2026-05-01", validUntil = "2026-04-01" });

        var errors = (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        errors.TryGetProperty("category", out _).Should().BeTrue();
        errors.TryGetProperty("validUntil", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_status_overlapped_by_one_that_runs_on_is_not_expiring_and_a_same_day_entry_corrects()
    {
        var covered = await _counsellor.Register(ClientRequests.Person(surname: "Pokryta"));
        await Record(covered.Id(), "long-term-visa", Today.AddMonths(-3), Today.AddMonths(9));
        await Record(covered.Id(), "temporary-protection", Today.AddMonths(-1), Today.AddDays(10));
        var corrected = await _counsellor.Register(ClientRequests.Person(surname: "Opravena"));
        await Record(corrected.Id(), "temporary-protection", Today.AddMonths(-1), Today.AddYears(5));
        await Record(corrected.Id(), "temporary-protection", Today.AddMonths(-1), Today);

        var list = await (await _counsellor.GetAsync("/api/v1/clients/expiring-residence?within=0d")).ShouldBe(HttpStatusCode.OK);

        var item = list.GetProperty("items").EnumerateArray().Single();
        item.GetProperty("surname").GetString().Should().Be("Opravena", "the visa keeps the other client's stay going");
        item.GetProperty("daysLeft").GetInt32().Should().Be(0);
        var later = Today.AddYears(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var eligibility = await (await _counsellor.GetAsync($"/api/v1/clients/{corrected.Id()}/eligibility?on={later}"))
            .ShouldBe(HttpStatusCode.OK);
        eligibility.GetProperty("reasons")[0].GetString().Should().Be("no-valid-status", "the correction replaced the five years");
        var visa = await (await _counsellor.GetAsync("/api/v1/clients/expiring-residence?within=366d")).ShouldBe(HttpStatusCode.OK);
        visa.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("surname").GetString() == "Pokryta")
            .GetProperty("category").GetString().Should().Be("long-term-visa");
    }
}
