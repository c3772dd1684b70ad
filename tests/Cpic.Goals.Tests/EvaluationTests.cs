using System.Net;
using Cpic.BuildingBlocks.Auth;
using static Cpic.Goals.Tests.GoalsKit;

namespace Cpic.Goals.Tests;

[Collection(GoalsCollection.Name)]
public sealed class EvaluationTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetWithMonitoringFactsAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_year_end_evaluation_judges_every_goal_once_with_final_figures_as_json_csv_and_html()
    {
        var set = await app.ApprovedAsync(_head, 2025, Goal("Poradenství pro 250 klientů", MetricKr("clients", null, 250)),
            new { text = "Najít prostory, \"Rokycany\"", area = "other" });
        var (id, goals) = (set.GetProperty("id").GetGuid(), set.GetProperty("goals"));
        var url = $"{Sets}/{id}/evaluation";
        var first = new { goalId = goals[0].GetProperty("id").GetGuid(), result = "not-achieved", comment = "Méně klientů." };

        await (await _head.PostJson(url, new { goals = new[] { first } })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await _head.GetAsync(url)).ShouldBeProblem(HttpStatusCode.NotFound);
        var body = new { goals = new object[] { first, new { goalId = goals[1].GetProperty("id").GetGuid(), result = "partly-achieved" } } };
        var evaluation = await (await _head.PostJson(url, body)).ShouldBe(HttpStatusCode.Created);
        await (await _head.PostJson(url, body)).ShouldBeProblem(HttpStatusCode.Conflict);

        (evaluation.GetProperty("asOf").GetString(), evaluation.GetProperty("goals")[0].GetProperty("figures").GetProperty("status").GetString())
            .Should().Be(("2025-12-31", "missed"));
        var csv = await (await _head.GetAsync($"{url}?format=csv")).Content.ReadAsStringAsync();
        csv.Split('\n')[0].Should().Be("goal,area,result,share,status,comment");
        csv.Should().Contain("\"Najít prostory, \"\"Rokycany\"\"\",other,partly-achieved,,qualitative,\"\"");
        var html = await (await _head.GetAsync($"{url}?format=html")).Content.ReadAsStringAsync();
        html.Should().Contain("Hodnocení operačních cílů").And.Contain("splněn částečně").And.Contain("&quot;Rokycany&quot;");
        await (await _head.GetAsync($"{url}?format=pdf")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }
}
