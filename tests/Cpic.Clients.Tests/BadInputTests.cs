using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Clients.Tests;

[Collection(ClientsCollection.Name)]
public sealed class BadInputTests(CpicApp app)
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    private async Task<JsonElement> Errors(object body)
    {
        var response = await _counsellor.PostAsJsonAsync("/api/v1/clients", body);
        return (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
    }

    [Fact]
    public async Task Unknown_country_and_language_codes_are_field_errors()
    {
        var errors = await Errors(new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = "Anna", surname = "Kova", birthDate = "1990-01-01",
            sex = "female", nationality = "XX", otherCitizenships = new[] { "ZZ" }, preferredLanguage = "klingon",
            languages = new[] { "uk", "qq" },
        });
        errors.EnumerateObject().Select(e => e.Name).Should()
            .Contain(["nationality", "otherCitizenships[0]", "preferredLanguage", "languages[1]"]);
    }

    [Fact]
    public async Task A_language_listed_twice_is_a_field_error()
    {
        var errors = await Errors(new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = "Anna", surname = "Kova", birthDate = "1990-01-01",
            sex = "female", nationality = "UA", languages = new[] { "uk", "cs", "uk" },
        });
        errors.GetProperty("languages")[0].GetString().Should().Be("A language is listed more than once.");
    }

    [Fact]
    public async Task A_birth_date_in_the_future_and_empty_names_are_field_errors()
    {
        var errors = await Errors(new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = "", surname = " ", birthDate = "2999-01-01",
            sex = "female", nationality = "UA",
        });
        errors.EnumerateObject().Select(e => e.Name).Should().Contain(["givenNames", "surname", "birthDate"]);
    }

    [Fact]
    public async Task Oversize_fields_and_unknown_enum_values_are_field_errors()
    {
        var errors = await Errors(new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = new string('a', 101), surname = "Kova",
            birthYear = 1990, sex = "robot", nationality = "UA", contact = new { email = "not-an-email" },
        });
        errors.EnumerateObject().Select(e => e.Name).Should().Contain(["givenNames", "sex", "contact.email"]);
    }

    [Fact]
    public async Task An_anonymous_client_needs_a_valid_band_and_carries_nothing_more()
    {
        var noBand = await Errors(new { anonymous = true, workplace = "LBC-LIB", pseudonym = "X", sex = "male", nationality = "VN" });
        noBand.EnumerateObject().Select(e => e.Name).Should().Equal("birthYearBand");
        foreach (var band in new[] { "1991-1995", "0000-0004", "-005--001", "2990-2994" })
        {
            var errors = await Errors(new { anonymous = true, workplace = "LBC-LIB", pseudonym = "X", birthYearBand = band, sex = "male", nationality = "VN" });
            errors.EnumerateObject().Select(e => e.Name).Should().Equal(["birthYearBand"], band);
        }

        var extras = await Errors(new
        {
            anonymous = true, workplace = "LBC-LIB", pseudonym = "X", birthYearBand = "1985-1989", sex = "male",
            nationality = "VN", languages = new[] { "vi" }, vulnerability = new { traffickingVictim = true },
        });
        extras.EnumerateObject().Select(e => e.Name).Should().Equal("anonymous");
    }

    [Fact]
    public async Task A_birth_year_contradicting_the_birth_date_and_a_repeated_household_member_are_field_errors()
    {
        var errors = await Errors(new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = "Anna", surname = "Kova", birthDate = "1990-01-01",
            birthYear = 1985, sex = "female", nationality = "UA", household = new[] { Guid.Empty, Guid.Empty },
        });
        errors.EnumerateObject().Select(e => e.Name).Should().Contain(["birthYear", "household", "household[0]"]);
    }

    [Fact]
    public async Task Missing_or_impossible_dates_of_statuses_and_consents_are_field_errors()
    {
        var client = await _counsellor.Register(ClientRequests.Person());
        var status = await _counsellor.PostAsJsonAsync($"/api/v1/clients/{client.Id()}/residence-statuses",
            new { category = "asylum", validUntil = "9999-12-31", verifiedOn = "1800-01-01" });
        (await status.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").EnumerateObject()
            .Select(e => e.Name).Should().BeEquivalentTo("validFrom", "validUntil", "verifiedOn");
        var consent = await _counsellor.PostAsJsonAsync($"/api/v1/clients/{client.Id()}/consents", new { purpose = "photo" });
        (await consent.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").EnumerateObject()
            .Select(e => (e.Name, e.Value[0].GetString())).Should().Equal(("givenOn", "givenOn is required (yyyy-MM-dd)."));
        var ancient = await _counsellor.PostAsJsonAsync($"/api/v1/clients/{client.Id()}/consents", new { purpose = "photo", givenOn = "1850-01-01" });
        (await ancient.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").EnumerateObject()
            .Select(e => (e.Name, e.Value[0].GetString())).Should().Equal(("givenOn", "givenOn cannot be before 1900."));
        var withdrawal = await _counsellor.PostAsJsonAsync($"/api/v1/clients/{client.Id()}/consents/photo/withdrawal", new { withdrawnOn = "1850-01-01" });
        (await withdrawal.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").EnumerateObject()
            .Select(e => (e.Name, e.Value[0].GetString())).Should().Equal(("withdrawnOn", "withdrawnOn cannot be before 1900."));
        (await (await _counsellor.GetAsync($"/api/v1/clients/{client.Id()}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("residence").GetArrayLength().Should().Be(0, "nothing is stored from a refused request");
    }

    [Fact]
    public async Task Search_filters_that_can_match_nothing_are_field_errors()
    {
        var response = await _counsellor.GetAsync(
            "/api/v1/clients?nationality=XX&residenceCategory=holiday&workplace=PHA-PRG&name=---");
        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").EnumerateObject()
            .Select(e => e.Name).Should().BeEquivalentTo("nationality", "residenceCategory", "workplace", "name");
        await (await _counsellor.GetAsync("/api/v1/clients/expiring-residence?within=-5d")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await _counsellor.GetAsync("/api/v1/clients/expiring-residence?within=9999d")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Control_characters_are_field_errors_not_server_errors()
    {
        var errors = await Errors(new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = "An\u0000na", surname = "Ko\nva", birthYear = 1990,
            sex = "female", nationality = "UA", contact = new { town = "Li\u0000berec" },
        });
        errors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("givenNames", "surname", "contact.town");
        await (await _counsellor.GetAsync("/api/v1/clients?code=%00")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await app.ClientFor("LBC", Roles.CentreHead).GetAsync("/api/v1/clients/access-log?user=%00"))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task Malformed_json_and_a_malformed_id_never_give_a_500()
    {
        var content = new StringContent("{\"anonymous\": tru", Encoding.UTF8, "application/json");
        await (await _counsellor.PostAsync("/api/v1/clients", content)).ShouldBeProblem(HttpStatusCode.BadRequest);
        (await _counsellor.GetAsync("/api/v1/clients/not-a-guid")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a malformed id is a bad request, not a missing record");
        await (await _counsellor.GetAsync("/api/v1/clients?cursor=%%%")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Ministry_users_without_a_centre_cannot_read_client_records()
    {
        var ministry = app.ClientFor(null, Roles.MinistryAnalyst);
        (await ministry.GetAsync("/api/v1/clients")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
