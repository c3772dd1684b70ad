using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Api.Tests.Imports.ImportKit;

namespace Cpic.Api.Tests.Imports;

/// <summary>
/// Imported history counts exactly as the same history recorded through the API: the same people, residence statuses
/// and services, imported at one workplace and registered and recorded at another, give the same figures in every
/// cross table (the imports publish one event per chunk, ADR 0017; the API one per change).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ImportedFiguresTests(CpicApp app) : IAsyncLifetime
{
    private static readonly DateOnly Day = DateOnly.Parse(Today, System.Globalization.CultureInfo.InvariantCulture);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);

    private static readonly (string Given, string Sex, string Nationality, string BirthDate, string? Residence)[] People =
    [
        ("Olena", "female", "UA", "1988-05-12", "temporary-protection"), ("Anh", "male", "VN", "1979-11-02", null),
        ("Bat", "male", "MN", "2001-03-03", "permanent-residence"), ("Iryna", "female", "UA", "1960-07-20", "temporary-protection"),
        ("Lan", "female", "VN", "1995-01-30", "long-term-residence"), ("Petro", "male", "UA", "2008-09-09", null),
    ];

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        await app.TruncateFactsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Imported_history_gives_the_figures_of_the_same_history_recorded_through_the_API()
    {
        await Import("LBC-LIB");
        await RecordThroughApi("LBC-CL");

        foreach (var groupBy in new[] { "sex,residenceCategory", "nationality,ageBand", "serviceType,month", "topic,form" })
        {
            var imported = await Figures("LBC-LIB", groupBy);
            imported.Should().Contain("\"services\":9");
            (await Figures("LBC-CL", groupBy)).Should().Be(imported, groupBy);
        }
    }

    private async Task Import(string workplace)
    {
        var csv = "sourceId,workplace,givenNames,surname,birthDate,sex,nationality,residence.category,residence.validFrom\n" +
                  string.Join('\n', People.Select((p, i) => $"P-{i},{workplace},{p.Given},{workplace},{p.BirthDate},{p.Sex},{p.Nationality},{p.Residence},{(p.Residence is null ? "" : ValidFrom)}"));
        (await app.ImportAsync(_head, ClientImports, csv)).Counts().Should().Be((People.Length, 0, 0, 0));
        var services = Visits().Select((v, i) => JsonSerializer.Serialize(new
        {
            sourceId = $"S-{i}", clientSourceIds = new[] { $"P-{v.Person}" }, date = v.Date, minutes = v.Minutes, serviceType = v.Type,
            form = "office", workplace, place = new { type = "workplace" }, topics = new[] { v.Topic },
        }));
        (await app.ImportAsync(_head, ServiceImports, string.Join('\n', services), "application/x-ndjson")).Counts()
            .Should().Be((Visits().Count(), 0, 0, 0));
    }

    private async Task RecordThroughApi(string workplace)
    {
        var ids = new List<Guid>();
        foreach (var p in People)
        {
            var client = await (await app.AndWaitForMessages(() => _head.PostAsJsonAsync("/api/v1/clients?force=true", new
            {
                anonymous = false, workplace, givenNames = p.Given, surname = workplace, birthDate = p.BirthDate, sex = p.Sex,
                nationality = p.Nationality,
            }))).ShouldBe(HttpStatusCode.Created);
            ids.Add(client.GetProperty("id").GetGuid());
            if (p.Residence is not null)
            {
                await (await app.AndWaitForMessages(() => _head.PostAsJsonAsync($"/api/v1/clients/{ids[^1]}/residence-statuses",
                    new { category = p.Residence, validFrom = ValidFrom }))).ShouldBe(HttpStatusCode.Created);
            }
        }

        foreach (var v in Visits())
        {
            await (await app.AndWaitForMessages(() => _head.PostAsJsonAsync("/api/v1/counselling/services", new
            {
                clientIds = new[] { ids[v.Person] }, date = v.Date, minutes = v.Minutes, serviceType = v.Type, form = "office",
                workplace, place = new { type = "workplace" }, topics = new[] { v.Topic },
            }))).ShouldBe(HttpStatusCode.Created);
        }
    }

    private static string ValidFrom => Day.AddYears(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Nine services of the six people, over this month and the two before.</summary>
    private static IEnumerable<(int Person, string Date, int Minutes, string Type, string Topic)> Visits() =>
        Enumerable.Range(0, 9).Select(i => (i % People.Length,
            Day.AddDays(-31 * (i % 3)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            30 + 15 * (i % 2), i % 3 == 0 ? "legal-counselling" : "social-counselling", i % 2 == 0 ? "residence" : "housing"));

    private async Task<string> Figures(string workplace, string groupBy)
    {
        var from = Day.AddDays(-70).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var stats = await (await _analyst.GetAsync(
            $"/api/v1/monitoring/statistics?from={from}&to={Today}&centre=LBC&workplace={workplace}&groupBy={groupBy}")).ShouldBe(HttpStatusCode.OK);
        return JsonSerializer.Serialize(new { totals = stats.GetProperty("totals"), rows = stats.GetProperty("crossTable").GetProperty("rows") });
    }
}
