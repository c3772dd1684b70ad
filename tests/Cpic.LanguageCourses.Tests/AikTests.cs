using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;

namespace Cpic.LanguageCourses.Tests;

[Collection(CoursesCollection.Name)]
public sealed class AikTests(CpicApp app)
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);
    private static DateOnly Today => CourseSamples.Today;

    /// <summary>A client whose residence (from the Clients module's events) started on <paramref name="validFrom"/>.</summary>
    private async Task<Guid> ResidentAsync(DateOnly validFrom, string category = "permanent-residence",
        string permit = "employment", int birthYear = 1990, string nationality = "VN")
    {
        var id = await app.RegisterAsync(birthYear: birthYear, nationality: nationality);
        await app.PublishClientEventsAsync("LBC", new ClientResidenceStatusChanged(id, "LBC", category, permit, validFrom, null));
        return id;
    }

    private async Task<List<JsonElement>> DueAsync(string within = "60d") =>
        [.. (await _staff.GetJsonAsync($"{CourseApi.Base}/aik/due?within={within}&limit=200")).GetProperty("items").EnumerateArray()];

    private async Task<List<Guid>> DueIdsAsync() => [.. (await DueAsync()).Select(d => d.GetProperty("clientId").GetGuid())];

    [Fact]
    public async Task The_due_list_shows_clients_whose_AIK_deadline_falls_within_the_period_with_the_deadline()
    {
        var soon = await ResidentAsync(Today.AddMonths(-11));
        var later = await ResidentAsync(Today.AddMonths(-2));
        var overdue = await ResidentAsync(Today.AddMonths(-13), "long-term-residence");

        var due = await DueAsync();

        var ids = due.Select(d => d.GetProperty("clientId").GetGuid()).ToList();
        ids.Should().Contain([soon, overdue]).And.NotContain(later);
        var entry = due.Single(d => d.GetProperty("clientId").GetGuid() == soon);
        entry.GetProperty("deadline").GetString().Should().Be(Today.AddMonths(1).ToString("yyyy-MM-dd"));
        due.Single(d => d.GetProperty("clientId").GetGuid() == overdue).GetProperty("overdue").GetBoolean().Should().BeTrue();
        ids.IndexOf(overdue).Should().BeLessThan(ids.IndexOf(soon), "the earliest deadline comes first");
    }

    [Fact]
    public async Task Exempt_ages_permits_categories_and_residence_before_2021_are_not_due()
    {
        var child = await ResidentAsync(Today.AddMonths(-11), birthYear: Today.Year - 10);
        var senior = await ResidentAsync(Today.AddMonths(-11), birthYear: Today.Year - 70);
        var student = await ResidentAsync(Today.AddMonths(-11), permit: "study");
        var protectedPerson = await ResidentAsync(Today.AddMonths(-11), category: "temporary-protection");
        var old = await ResidentAsync(new DateOnly(2020, 6, 1));

        var ids = (await DueAsync("3650d")).Select(d => d.GetProperty("clientId").GetGuid());

        ids.Should().NotContain([child, senior, student, protectedPerson, old]);
    }

    [Fact]
    public async Task Exempt_purposes_match_the_permit_type_as_written_on_the_document()
    {
        var student = await ResidentAsync(Today.AddMonths(-11), "long-term-residence", "Povolení k dlouhodobému pobytu za ÚČELEM STUDIA");
        var researcher = await ResidentAsync(Today.AddMonths(-11), "long-term-residence", "dlouhodobý pobyt za ucelem vedeckeho vyzkumu");
        var employee = await ResidentAsync(Today.AddMonths(-11), "long-term-residence", "zaměstnanecká karta");

        var ids = (await DueAsync()).Select(d => d.GetProperty("clientId").GetGuid()).ToList();

        ids.Should().Contain(employee).And.NotContain([student, researcher]);
    }

    [Fact]
    public async Task A_client_who_completed_an_AIK_is_no_longer_due()
    {
        var client = await ResidentAsync(Today.AddMonths(-11));
        var course = await _staff.CreateCourseAsync(CourseSamples.Aik());
        await _staff.EnrolAsync(course, client);
        var session = await _staff.AddSessionAsync(course, Today.AddDays(-1), minutes: 240);
        await (await _staff.PutJson($"{CourseApi.Base}/{course}/sessions/{session.GetProperty("id").GetGuid()}/attendance",
            new { entries = new[] { new { clientId = client, status = "present" } } }, "\"1\"")).ShouldBe(HttpStatusCode.OK);
        await (await _staff.PostAsync($"{CourseApi.Base}/{course}/completion", null)).ShouldBe(HttpStatusCode.OK);

        (await DueAsync()).Select(d => d.GetProperty("clientId").GetGuid()).Should().NotContain(client);
    }

    [Fact]
    public async Task Citizens_of_the_EU_the_EEA_and_Switzerland_are_not_due_and_a_change_of_nationality_counts()
    {
        var spaniard = await ResidentAsync(Today.AddMonths(-11), nationality: "ES");
        var norwegian = await ResidentAsync(Today.AddMonths(-11), "long-term-residence", nationality: "NO");
        var swiss = await ResidentAsync(Today.AddMonths(-11), nationality: "CH");
        var vietnamese = await ResidentAsync(Today.AddMonths(-11));

        (await DueIdsAsync()).Should().Contain(vietnamese).And.NotContain([spaniard, norwegian, swiss]);

        await app.PublishClientEventsAsync("LBC", new ClientProfileChanged(spaniard, "LBC", "LBC-LIB", "f", 1990, "UA"),
            new ClientProfileChanged(vietnamese, "LBC", "LBC-LIB", "f", 1990, "SK"));

        (await DueIdsAsync()).Should().Contain(spaniard).And.NotContain(vietnamese);
    }

    [Fact]
    public async Task The_shipped_rules_exempt_the_EU_countries_of_the_reference_list_the_EEA_and_Switzerland()
    {
        var countries = await _staff.GetJsonAsync("/api/v1/reference/countries");
        var eu = countries.EnumerateArray().Where(c => c.GetProperty("eu").GetBoolean()).Select(c => c.GetProperty("code").GetString());

        var rules = await app.ClientFor(null, Roles.MinistryCoordinator).GetJsonAsync($"{CourseApi.Base}/aik/rules");

        rules.GetProperty("exemptNationalities").EnumerateArray().Select(c => c.GetString()).Should()
            .BeEquivalentTo([.. eu, "IS", "LI", "NO", "CH"]);
    }

    [Fact]
    public async Task Rules_stored_before_they_had_exempt_nationalities_exempt_the_shipped_ones()
    {
        var spaniard = await ResidentAsync(Today.AddMonths(-11), nationality: "ES");
        var coordinator = app.ClientFor(null, Roles.MinistryCoordinator);
        var response = await coordinator.GetAsync($"{CourseApi.Base}/aik/rules");
        var rules = JsonSerializer.Deserialize<Dictionary<string, object>>((await response.ShouldBe(HttpStatusCode.OK)).GetRawText())!;
        await (await coordinator.PutJson($"{CourseApi.Base}/aik/rules", rules, response.Headers.ETag!.Tag)).ShouldBe(HttpStatusCode.OK);
        await using (var connection = app.Store.Storage.Database.CreateConnection())
        {
            await connection.OpenAsync();
            await using var strip = connection.CreateCommand();
            strip.CommandText = "update courses.mt_doc_aikrules set data = data - 'exemptNationalities'";
            (await strip.ExecuteNonQueryAsync()).Should().Be(1);
        }

        (await DueIdsAsync()).Should().NotContain(spaniard);
        (await coordinator.GetJsonAsync($"{CourseApi.Base}/aik/rules")).GetProperty("exemptNationalities")
            .EnumerateArray().Select(c => c.GetString()).Should().Contain("ES");
    }

    [Theory]
    [InlineData("2 months")]
    [InlineData("-5d")]
    [InlineData("99999d")]
    [InlineData("60")]
    [InlineData("+60d")]
    public async Task A_period_that_is_not_a_number_of_days_is_a_422(string within)
    {
        var response = await _staff.GetAsync($"{CourseApi.Base}/aik/due?within={Uri.EscapeDataString(within)}");
        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("within", out _).Should().BeTrue();
    }

    [Fact]
    public async Task The_rules_are_data_with_a_legal_source_that_the_ministry_changes_without_a_release()
    {
        var client = await ResidentAsync(Today.AddMonths(-11));
        var coordinator = app.ClientFor(null, Roles.MinistryCoordinator);
        var response = await coordinator.GetAsync($"{CourseApi.Base}/aik/rules");
        var rules = await response.ShouldBe(HttpStatusCode.OK);
        rules.GetProperty("legalSource").GetString().Should().Contain("326/1999");
        var etag = response.Headers.ETag!.Tag;
        var original = JsonSerializer.Deserialize<Dictionary<string, object>>(rules.GetRawText())!;

        var longer = new Dictionary<string, object>(original) { ["deadlineMonths"] = 24 };
        await (await _staff.PutJson($"{CourseApi.Base}/aik/rules", longer, etag)).ShouldBeProblem(HttpStatusCode.Forbidden);
        var changed = await coordinator.PutJson($"{CourseApi.Base}/aik/rules", longer, etag);
        await changed.ShouldBe(HttpStatusCode.OK);
        try
        {
            (await DueAsync()).Select(d => d.GetProperty("clientId").GetGuid()).Should().NotContain(client);
        }
        finally
        {
            await (await coordinator.PutJson($"{CourseApi.Base}/aik/rules", original, changed.Headers.ETag!.Tag)).ShouldBe(HttpStatusCode.OK);
        }

        (await DueAsync()).Select(d => d.GetProperty("clientId").GetGuid()).Should().Contain(client);
    }

    [Theory]
    [InlineData("residenceCategories", "[\"golden-visa\"]")]
    [InlineData("exemptNationalities", "[\"XX\"]")]
    [InlineData("minimumAge", "null")]
    [InlineData("maximumAge", null)]
    [InlineData("courseHours", null)]
    [InlineData("appliesToResidenceFrom", null)]
    public async Task Rules_with_an_unknown_residence_category_or_country_or_a_missing_value_are_a_422_and_change_nothing(string field, string? json)
    {
        var coordinator = app.ClientFor(null, Roles.MinistryCoordinator);
        var response = await coordinator.GetAsync($"{CourseApi.Base}/aik/rules");
        var rules = JsonNode.Parse((await response.ShouldBe(HttpStatusCode.OK)).GetRawText())!.AsObject();
        if (json is null)
        {
            rules.Remove(field);
        }
        else
        {
            rules[field] = JsonNode.Parse(json);
        }

        var put = await coordinator.PutJson($"{CourseApi.Base}/aik/rules", rules, response.Headers.ETag!.Tag);

        (await put.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").EnumerateObject()
            .Should().Contain(e => e.Name == field || e.Name == $"{field}[0]");
        (await coordinator.GetAsync($"{CourseApi.Base}/aik/rules")).Headers.ETag!.Tag.Should().Be(response.Headers.ETag!.Tag);
    }
}
