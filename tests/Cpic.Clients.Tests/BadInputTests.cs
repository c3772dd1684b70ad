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
    public async Task Malformed_json_and_a_malformed_id_never_give_a_500()
    {
        var content = new StringContent("{\"anonymous\": tru", Encoding.UTF8, "application/json");
        await (await _counsellor.PostAsync("/api/v1/clients", content)).ShouldBeProblem(HttpStatusCode.BadRequest);
        (await _counsellor.GetAsync("/api/v1/clients/not-a-guid")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await (await _counsellor.GetAsync("/api/v1/clients?cursor=%%%")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Ministry_users_without_a_centre_cannot_read_client_records()
    {
        var ministry = app.ClientFor(null, Roles.MinistryAnalyst);
        (await ministry.GetAsync("/api/v1/clients")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }
}
