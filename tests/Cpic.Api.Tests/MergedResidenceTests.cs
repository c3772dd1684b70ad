using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Api.Tests;

/// <summary>
/// A merge moves the merged record's residence history to the survivor: the other modules must learn it, or the
/// survivor's later services count without a category and it leaves the AIK due list.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class MergedResidenceTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);
    private static readonly DateOnly Today = DateOnly.FromDateTime(DateTime.UtcNow);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_survivor_of_a_merge_counts_under_the_merged_records_status_and_is_due_for_AIK()
    {
        var survivor = await Register();
        var duplicate = await Register();
        await Send(() => _counsellor.PostAsJsonAsync($"/api/v1/clients/{duplicate}/residence-statuses",
            new { category = "long-term-residence", permitType = "zaměstnanecká karta", validFrom = Today.AddMonths(-2) }),
            HttpStatusCode.Created);
        await Send(() => _head.PostAsJsonAsync($"/api/v1/clients/{survivor}/merge", new { mergedClientId = duplicate }), HttpStatusCode.OK);

        var service = await Send(() => _counsellor.PostAsJsonAsync("/api/v1/counselling/services", new
        {
            clientIds = new[] { survivor }, date = Today, minutes = 30, serviceType = "social-counselling", form = "office",
            workplace = "LBC-LIB", place = new { type = "workplace" }, topics = new[] { "residence" },
        }), HttpStatusCode.Created);

        var feed = await (await app.ClientFor(null, Roles.MinistryAnalyst).GetAsync("/api/v1/monitoring/facts")).Content.ReadAsStringAsync();
        var row = feed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("serviceId").GetGuid() == service.GetProperty("id").GetGuid());
        row.GetProperty("residenceCategory").GetString().Should().Be("long-term-residence");
        var due = await (await _counsellor.GetAsync("/api/v1/courses/aik/due?within=3650d&limit=200")).ShouldBe(HttpStatusCode.OK);
        due.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("clientId").GetGuid()).Should().Contain(survivor);
    }

    private async Task<Guid> Register() =>
        (await Send(() => _counsellor.PostAsJsonAsync("/api/v1/clients?force=true", new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = "Oksana", surname = "Ševčenková", birthDate = "1991-03-08",
            sex = "female", nationality = "UA", preferredLanguage = "uk",
        }), HttpStatusCode.Created)).GetProperty("id").GetGuid();

    private async Task<JsonElement> Send(Func<Task<HttpResponseMessage>> request, HttpStatusCode expected) =>
        await (await app.AndWaitForMessages(request)).ShouldBe(expected);
}
