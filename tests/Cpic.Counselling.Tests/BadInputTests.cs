using System.Net;
using System.Text;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Counselling.Tests;

/// <summary>Each bad input is a 422 naming the field, and stores nothing (each case uses its own worker to check).</summary>
[Collection(CounsellingCollection.Name)]
public sealed class BadInputTests(CpicApp app)
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    [Theory]
    [InlineData("zero minutes", "minutes")]
    [InlineData("negative minutes", "minutes")]
    [InlineData("over twelve hours", "minutes")]
    [InlineData("a future date", "date")]
    [InlineData("no date", "date")]
    [InlineData("an unknown topic", "topics[1]")]
    [InlineData("no topic", "topics")]
    [InlineData("an unknown service type", "serviceType")]
    [InlineData("an unknown form", "form")]
    [InlineData("a group with no members and no audience", "clientIds")]
    [InlineData("a field place without a name", "place.name")]
    [InlineData("a field service at the workplace", "place.type")]
    [InlineData("an unknown interpreter language", "interpreter.language")]
    [InlineData("a start time that is not a time", "startTime")]
    [InlineData("a workplace of another centre", "workplace")]
    [InlineData("a client of another centre", "clientIds[0]")]
    [InlineData("an unknown client", "clientIds[0]")]
    [InlineData("a huge workplace", "workplace")]
    [InlineData("huge notes", "notes")]
    [InlineData("a field place with a huge town", "place.town")]
    [InlineData("too many workers", "workers")]
    [InlineData("too many clients", "clientIds")]
    [InlineData("a negative audience", "audienceSize")]
    [InlineData("a date before 2000", "date")]
    [InlineData("the same client twice", "clientIds[1]")]
    public async Task A_service_with_bad_input_is_refused_with_a_field_error_and_nothing_is_stored(string bad, string field)
    {
        var worker = $"worker-{Guid.NewGuid():N}";
        var body = Spoil(ServiceBody.For(await app.RegisterClientAsync(), worker), bad,
            bad == "a client of another centre" ? await app.RegisterClientAsync("PLK") : Guid.Empty);

        var response = await _counsellor.PostJson(CounsellingKit.Services, body);

        var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out var messages).Should().BeTrue("errors were {0}", problem.GetProperty("errors"));
        // Messages name fields as the JSON does ('audienceSize'), not as C# display names ('Audience Size').
        messages.EnumerateArray().Select(m => m.GetString()).Should()
            .NotContain(m => System.Text.RegularExpressions.Regex.IsMatch(m!, "'[A-Z][a-z]+( [A-Z][a-z]+)*'"));
        var list = await (await _counsellor.GetAsync($"{CounsellingKit.Services}?worker={worker}")).ShouldBe(HttpStatusCode.OK);
        list.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_body_that_is_not_json_is_a_400()
    {
        using var content = new StringContent("{ \"minutes\": ", Encoding.UTF8, "application/json");
        await (await _counsellor.PostAsync(CounsellingKit.Services, content)).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Theory]
    [InlineData("\"clientIds\": \"one\"")]
    [InlineData("\"clientIds\": [null]")]
    [InlineData("\"minutes\": 1.5")]
    [InlineData("\"minutes\": 99999999999")]
    [InlineData("\"minutes\": \"45\"")]
    [InlineData("\"topics\": [1]")]
    [InlineData("\"interpreter\": \"uk\"")]
    [InlineData("\"date\": \"2026-02-30\"")]
    public async Task A_value_of_the_wrong_json_type_is_a_400_not_a_500(string member)
    {
        var json = $$"""{ "date": "{{ServiceBody.Today:yyyy-MM-dd}}", "minutes": 30, "serviceType": "social-counselling", "form": "office", "workplace": "LBC-LIB", "place": { "type": "workplace" }, "topics": ["residence"], "audienceSize": 3, {{member}} }""";
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        await (await _counsellor.PostAsync(CounsellingKit.Services, content)).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task An_unparsable_date_is_a_400_not_a_500()
    {
        var body = ServiceBody.For(Guid.NewGuid()) with { Date = "22.11.2026" };
        await (await _counsellor.PostJson(CounsellingKit.Services, body)).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    private static ServiceBody Spoil(ServiceBody body, string bad, Guid otherCentreClient) => bad switch
    {
        "zero minutes" => body with { Minutes = 0 },
        "negative minutes" => body with { Minutes = -30 },
        "over twelve hours" => body with { Minutes = 721 },
        "a future date" => body.On(ServiceBody.Today.AddDays(1)),
        "no date" => body with { Date = null },
        "an unknown topic" => body with { Topics = ["residence", "astrology"] },
        "no topic" => body with { Topics = [] },
        "an unknown service type" => body with { ServiceType = "massage" },
        "an unknown form" => body with { Form = "telepathy" },
        "a group with no members and no audience" => body with { ClientIds = [], AudienceSize = null },
        "a field place without a name" => body.InTheField() with { Place = new PlaceBody("dormitory", null, "Liberec") },
        "a field service at the workplace" => body with { Form = "field" },
        "an unknown interpreter language" => body with { Interpreter = new InterpreterBody("klingon", false) },
        "a start time that is not a time" => body with { StartTime = "25:99" },
        "a workplace of another centre" => body with { Workplace = "PLK-PM" },
        "a client of another centre" => body with { ClientIds = [otherCentreClient] },
        "an unknown client" => body with { ClientIds = [Guid.NewGuid()] },
        "a huge workplace" => body with { Workplace = new string('W', 100_000) },
        "huge notes" => body with { Notes = new string('N', 10_001) },
        "a field place with a huge town" => body.InTheField() with { Place = new PlaceBody("dormitory", "U", new string('T', 101)) },
        "too many workers" => body with { Workers = [.. Enumerable.Range(0, 21).Select(i => $"{body.Workers![0]}-{i}")] },
        "too many clients" => body with { ClientIds = [.. Enumerable.Range(0, 501).Select(_ => Guid.NewGuid())] },
        "a negative audience" => body with { AudienceSize = -5 },
        "a date before 2000" => body.On(new DateOnly(1999, 12, 31)),
        "the same client twice" => body with { ClientIds = [body.ClientIds![0], body.ClientIds[0]] },
        _ => throw new ArgumentOutOfRangeException(nameof(bad), bad, null),
    };
}
