using System.Net;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Monitoring.Tests;

[Collection(MonitoringCollection.Name)]
public sealed class BadInputTests(CpicApp app)
{
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);

    [Theory]
    [InlineData("from=2025-12-31&to=2025-01-01", "to")]
    [InlineData("from=2010-01-01&to=2020-01-02", "to")]
    [InlineData("from=2025-13-01&to=2025-12-31", "from")]
    [InlineData("to=2025-12-31", "from")]
    [InlineData("from=2025-01-01&to=2025-12-31&groupBy=colour", "groupBy")]
    [InlineData("from=2025-01-01&to=2025-12-31&groupBy=sex,nationality,month", "groupBy")]
    [InlineData("from=2025-01-01&to=2025-12-31&groupBy=sex,sex", "groupBy")]
    [InlineData("from=2025-01-01&to=2025-12-31&groupBy=Sex,sex", "groupBy")]
    [InlineData("from=2025-01-01&to=2025-12-31&groupBy=sex,", "groupBy")]
    [InlineData("from=2025-01-01&to=2025-12-31&groupBy=,,", "groupBy")]
    [InlineData("from=2025-12-31&to=2025-12-30", "to")]
    [InlineData("from=2025-02-29&to=2025-12-31", "from")]
    [InlineData("from=2025-01-01&to=2025-12-31&region=CZ999", "region")]
    [InlineData("from=2025-01-01&to=2025-12-31&public=maybe", "public")]
    [InlineData("from=2025-01-01&to=2025-12-31&format=pdf", "format")]
    [InlineData("from=2025-01-01&to=2025-12-31&centre=LBC&workplace=PHA-MAIN", "workplace")]
    [InlineData("from=2025-01-01&to=2025-12-31&centre=LBC&region=CZ010", "region")]
    [InlineData("from=2025-01-01&to=2025-12-31&workplace=LBC-LIB&region=CZ010", "region")]
    public async Task Bad_statistics_parameters_are_422_naming_the_parameter(string query, string field)
    {
        if (field == "workplace")
        {
            query = query.Replace("PHA-MAIN", await FirstWorkplaceOf("PHA"), StringComparison.Ordinal);
        }

        var problem = await (await _analyst.GetAsync($"/api/v1/monitoring/statistics?{query}"))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue(problem.ToString());
    }

    [Theory]
    [InlineData("from=0001-01-01&to=0001-12-31")]
    [InlineData("from=9990-01-01&to=9999-12-31")]
    [InlineData("from=2025-01-01&to=2025-12-31&groupBy=")]
    [InlineData("from=2025-01-01&to=2025-12-31&groupBy=TOPIC,month")]
    public async Task Periods_at_the_ends_of_the_calendar_and_an_empty_groupBy_are_answered(string query) =>
        await (await _analyst.GetAsync($"/api/v1/monitoring/statistics?{query}")).ShouldBe(HttpStatusCode.OK);

    private async Task<string> FirstWorkplaceOf(string centre)
    {
        var doc = await (await _analyst.GetAsync($"/api/v1/reference/centres/{centre}")).ShouldBe(HttpStatusCode.OK);
        return doc.GetProperty("workplaces")[0].GetProperty("code").GetString()!;
    }
}
