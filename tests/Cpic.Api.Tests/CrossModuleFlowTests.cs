using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Api.Tests;

/// <summary>
/// The modules together, only through their HTTP APIs: a client registered in Clients and served in Counselling
/// reaches the ministry's statistics in Monitoring through the outbox, and a merge and an anonymisation in Clients
/// are followed there (the person counts once, and still counts after the name is erased).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CrossModuleFlowTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);
    private static readonly string Today = DateTime.UtcNow.ToString("yyyy-MM-dd");

    public async Task InitializeAsync()
    {
        // The figures of today's services must be this test's only.
        await app.ResetAsync();
        await app.TruncateFactsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task A_served_client_reaches_the_ministry_statistics_and_counts_once_after_merge_and_anonymisation()
    {
        var first = await Register();
        var second = await Register();
        await Serve(first);
        await Serve(second);
        (await Totals()).Should().Be((2, 2));

        await Enrol(first);

        var export = await (await _counsellor.GetAsync($"/api/v1/clients/{first}/export")).ShouldBe(HttpStatusCode.OK);
        var sections = export.GetProperty("sections");
        sections.GetProperty("counselling").GetProperty("services").GetArrayLength()
            .Should().Be(1, "the subject access export includes what Counselling holds on the client");
        sections.GetProperty("courses").GetProperty("enrolments").GetArrayLength()
            .Should().Be(1, "and what LanguageCourses holds");

        await Send(() => _head.PostAsJsonAsync($"/api/v1/clients/{first}/merge", new { mergedClientId = second }), HttpStatusCode.OK);
        (await Totals()).Should().Be((1, 2), "the merged records are one person");

        await Send(() => _head.PostAsJsonAsync($"/api/v1/clients/{first}/anonymisation", new { reason = "retention" }), HttpStatusCode.NoContent);
        (await Totals()).Should().Be((1, 2), "an anonymised client still counts");
        var record = await (await _head.GetAsync($"/api/v1/clients/{first}")).ShouldBe(HttpStatusCode.OK);
        record.ToString().Should().NotContain("Ševčenková");

        await (await app.ClientFor("PHA", Roles.Counsellor).GetAsync($"/api/v1/clients/{first}"))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task The_survivor_of_a_merge_counts_under_the_merged_records_status_and_is_due_for_AIK()
    {
        // The merged record's residence history moves to the survivor: the other modules must learn it.
        var survivor = await Register();
        var duplicate = await Register();
        await Send(() => _counsellor.PostAsJsonAsync($"/api/v1/clients/{duplicate}/residence-statuses",
            new { category = "long-term-residence", permitType = "zaměstnanecká karta", validFrom = DateTime.UtcNow.AddMonths(-2).ToString("yyyy-MM-dd") }),
            HttpStatusCode.Created);
        await Send(() => _head.PostAsJsonAsync($"/api/v1/clients/{survivor}/merge", new { mergedClientId = duplicate }), HttpStatusCode.OK);

        var service = (await Serve(survivor)).GetProperty("id").GetGuid();

        var feed = await (await _analyst.GetAsync("/api/v1/monitoring/facts")).Content.ReadAsStringAsync();
        feed.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement)
            .Single(r => r.GetProperty("serviceId").GetGuid() == service).GetProperty("residenceCategory").GetString().Should().Be("long-term-residence");
        var due = await (await _counsellor.GetAsync("/api/v1/courses/aik/due?within=3650d&limit=200")).ShouldBe(HttpStatusCode.OK);
        due.GetProperty("items").EnumerateArray().Select(d => d.GetProperty("clientId").GetGuid()).Should().Contain(survivor);
    }

    private async Task<Guid> Register()
    {
        var person = new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = "Oksana", surname = "Ševčenková", birthDate = "1991-03-08",
            sex = "female", nationality = "UA", preferredLanguage = "uk",
        };
        var body = await Send(() => _counsellor.PostAsJsonAsync("/api/v1/clients?force=true", person), HttpStatusCode.Created);
        return body.GetProperty("id").GetGuid();
    }

    private Task<JsonElement> Serve(Guid client) => Send(() => _counsellor.PostAsJsonAsync("/api/v1/counselling/services", new
    {
        clientIds = new[] { client }, date = Today, minutes = 30, serviceType = "social-counselling", form = "office",
        workplace = "LBC-LIB", place = new { type = "workplace" }, topics = new[] { "residence" },
    }), HttpStatusCode.Created);

    private async Task Enrol(Guid client)
    {
        var today = DateOnly.FromDateTime(DateTime.UtcNow);
        var course = await Send(() => _counsellor.PostAsJsonAsync("/api/v1/courses", new
        {
            title = "Čeština A1", courseType = "czech-basic", level = "A1", language = "cs", workplace = "LBC-LIB",
            lecturers = new[] { new { name = "Lektorka Nováková", external = false } }, capacity = 10,
            enrolmentOpensOn = today.AddDays(-10), enrolmentClosesOn = today.AddDays(10), startsOn = today.AddDays(-5),
            endsOn = today.AddDays(30), status = "open",
        }), HttpStatusCode.Created);
        await Send(() => _counsellor.PostAsJsonAsync($"/api/v1/courses/{course.GetProperty("id").GetGuid()}/enrolments",
            new { clientId = client }), HttpStatusCode.Created);
    }

    private async Task<JsonElement> Send(Func<Task<HttpResponseMessage>> request, HttpStatusCode expected) =>
        await (await app.AndWaitForMessages(request)).ShouldBe(expected);

    private async Task<(int Clients, int Services)> Totals()
    {
        var statistics = await (await _analyst.GetAsync($"/api/v1/monitoring/statistics?from={Today}&to={Today}&centre=LBC"))
            .ShouldBe(HttpStatusCode.OK);
        var totals = statistics.GetProperty("totals");
        return (totals.GetProperty("clients").GetInt32(), totals.GetProperty("services").GetInt32());
    }
}
