using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Marten;
using static Cpic.Platforms.Tests.PlatformsKit;

namespace Cpic.Platforms.Tests;

[Collection(PlatformsCollection.Name)]
public sealed class EvaluationTests(CpicApp app) : IAsyncLifetime
{
    private const string Evaluations = $"{Api}/evaluations";
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.Counsellor);
    private readonly HttpClient _anonymous = app.CreateClient();
    private readonly int _year = DateOnly.Parse(Day(-30)).Year;

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task<Guid> BodyAsync(params string[] members)
    {
        var actors = new List<Guid>();
        foreach (var name in members) actors.Add(await app.ActorAsync(_staff, name));
        var from = Day(-30);
        return (await app.CreateAsync(_staff, "bodies", new
        {
            name = "Regionální platforma", kind = "regional-platform", meetingsPerYear = 3, from,
            members = actors.Select(a => new { actorId = a, seat = "member", from }).ToArray(),
        })).GetProperty("id").GetGuid();
    }

    private async Task<JsonElement> OpenAsync(Guid body) =>
        await (await _staff.PostJson($"{Api}/bodies/{body}/evaluations", new { year = _year })).ShouldBe(HttpStatusCode.Created);

    private static string Path(JsonElement opened, int i) => opened.GetProperty("links")[i].GetProperty("path").GetString()!;

    private static object Answer(int usefulness, string? comment = null) =>
        new { usefulness, information = 4, frequency = "right", comment };

    [Fact]
    public async Task Members_answer_through_their_links_until_the_round_closes_and_the_centre_sees_the_results()
    {
        var body = await BodyAsync("ÚP Liberec", "OAMP Liberec", "Statutární město Liberec");
        var opened = await OpenAsync(body);
        opened.GetProperty("links").GetArrayLength().Should().Be(3);
        var round = opened.GetProperty("round").GetProperty("id").GetGuid();

        var form = await (await _anonymous.GetAsync(Path(opened, 0))).ShouldBe(HttpStatusCode.OK);
        (form.GetProperty("open").GetBoolean(), form.GetProperty("questions").GetArrayLength()).Should().Be((true, 6));
        form.GetProperty("answer").ValueKind.Should().Be(JsonValueKind.Null);
        await (await _anonymous.PostJson(Path(opened, 0), Answer(2))).ShouldBe(HttpStatusCode.OK);
        var replaced = await (await _anonymous.PostJson(Path(opened, 0), Answer(5, "Výborná spolupráce"))).ShouldBe(HttpStatusCode.OK);
        replaced.GetProperty("answer").GetProperty("usefulness").GetInt32().Should().Be(5);
        await (await _anonymous.PostJson(Path(opened, 1), Answer(4))).ShouldBe(HttpStatusCode.OK);

        var results = await (await _staff.GetAsync($"{Evaluations}/{round}/results")).ShouldBe(HttpStatusCode.OK);
        var summary = results.GetProperty("summary");
        (summary.GetProperty("invited").GetInt32(), summary.GetProperty("answered").GetInt32(), summary.GetProperty("responseRate").GetDecimal())
            .Should().Be((3, 2, 0.67m));
        var usefulness = summary.GetProperty("scores")[0];
        usefulness.GetProperty("average").GetDecimal().Should().Be(4.5m);
        usefulness.GetProperty("distribution").EnumerateArray().Select(e => e.GetInt32()).Should().Equal(0, 0, 0, 1, 1);
        results.GetProperty("comments").EnumerateArray().Should().ContainSingle()
            .Which.GetProperty("comment").GetString().Should().Be("Výborná spolupráce");
        var csv = await (await _staff.GetAsync($"{Evaluations}/{round}/answers.csv")).Content.ReadAsStringAsync();
        csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Should().HaveCount(3).And.Contain(l => l.StartsWith("Statutární město Liberec,4,4,right,,,,"));

        await (await _staff.SendWithIfMatch(HttpMethod.Post, $"{Evaluations}/{round}/close", null, "\"1\"")).ShouldBe(HttpStatusCode.OK);
        await (await _anonymous.PostJson(Path(opened, 2), Answer(3))).ShouldBeProblem(HttpStatusCode.Gone);
        (await (await _anonymous.GetAsync(Path(opened, 2))).ShouldBe(HttpStatusCode.OK)).GetProperty("open").GetBoolean().Should().BeFalse();
        await (await _staff.SendWithIfMatch(HttpMethod.Post, $"{Evaluations}/{round}/close", null, "\"2\"")).ShouldBeProblem(HttpStatusCode.Conflict);
        var history = await (await _staff.GetAsync($"{Api}/bodies/{body}/evaluations")).ShouldBe(HttpStatusCode.OK);
        history.EnumerateArray().Should().ContainSingle().Which.GetProperty("closed").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task The_ministry_sees_figures_without_texts_or_names()
    {
        var opened = await OpenAsync(await BodyAsync("ÚP Liberec"));
        await (await _anonymous.PostJson(Path(opened, 0), Answer(4, "Tajný komentář"))).ShouldBe(HttpStatusCode.OK);

        var response = await app.ClientFor(null, Roles.MinistryAnalyst).GetAsync($"{Evaluations}/network?year={_year}");
        var json = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        json.Should().Contain("\"centre\":\"LBC\"").And.Contain("\"answered\":1").And.NotContain("Tajný").And.NotContain("ÚP Liberec");
        await (await _staff.GetAsync($"{Evaluations}/network?year={_year}")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Tokens_are_stored_hashed_and_a_reissued_link_revokes_the_old_one_keeping_the_answer()
    {
        var opened = await OpenAsync(await BodyAsync("ÚP Liberec"));
        var link = opened.GetProperty("links")[0];
        var token = link.GetProperty("token").GetString()!;
        await using (var session = app.Store.QuerySession())
        {
            var rows = await session.AdvancedSql.QueryAsync<string>("select id from platforms.mt_doc_evaluationtoken", CancellationToken.None);
            rows.Should().Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token))));
        }

        await (await _anonymous.PostJson(Path(opened, 0), Answer(3))).ShouldBe(HttpStatusCode.OK);
        var round = opened.GetProperty("round").GetProperty("id").GetGuid();
        var actor = link.GetProperty("actorId").GetGuid();
        var fresh = await (await _staff.PostJson($"{Evaluations}/{round}/invitations/{actor}", new { })).ShouldBe(HttpStatusCode.OK);
        await (await _anonymous.GetAsync(Path(opened, 0))).ShouldBeProblem(HttpStatusCode.NotFound);
        var form = await (await _anonymous.GetAsync(fresh.GetProperty("path").GetString())).ShouldBe(HttpStatusCode.OK);
        form.GetProperty("answer").GetProperty("usefulness").GetInt32().Should().Be(3);
        var listed = await (await _staff.GetAsync($"{Evaluations}/{round}")).ShouldBe(HttpStatusCode.OK);
        listed.GetProperty("invitees")[0].GetProperty("answered").GetBoolean().Should().BeTrue();
    }

    [Fact]
    public async Task Bad_answers_and_rounds_are_clear_problems_and_change_nothing()
    {
        var body = await BodyAsync("ÚP Liberec");
        var opened = await OpenAsync(body);
        var path = Path(opened, 0);
        var errors = (await (await _anonymous.PostJson(path, new { usefulness = 6, information = 0, frequency = "sometimes" }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors");
        errors.EnumerateObject().Select(e => e.Name).Should().BeEquivalentTo("usefulness", "information", "frequency");
        await (await _anonymous.PostJson(path, new { usefulness = 4, information = 4, frequency = "right", mood = "good" }))
            .ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await _anonymous.PostJson($"{Evaluations}/responses/not-a-token", Answer(4))).ShouldBeProblem(HttpStatusCode.NotFound);
        (await (await _anonymous.GetAsync(path)).ShouldBe(HttpStatusCode.OK)).GetProperty("answer").ValueKind.Should().Be(JsonValueKind.Null);

        await (await _staff.PostJson($"{Api}/bodies/{body}/evaluations", new { year = _year })).ShouldBeProblem(HttpStatusCode.Conflict);
        await (await _staff.PostJson($"{Api}/bodies/{body}/evaluations", new { year = 1999 })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var plzen = app.ClientFor("PLK", Roles.Counsellor);
        await (await plzen.PostJson($"{Api}/bodies/{body}/evaluations", new { year = _year - 1 })).ShouldBeProblem(HttpStatusCode.NotFound);
        var round = opened.GetProperty("round").GetProperty("id").GetGuid();
        await (await plzen.GetAsync($"{Evaluations}/{round}/results")).ShouldBeProblem(HttpStatusCode.NotFound);
        var empty = (await app.CreateAsync(_staff, "bodies", new { name = "Prázdná", kind = "commission", intervalDays = 90, from = Day(-30) }))
            .GetProperty("id").GetGuid();
        await (await _staff.PostJson($"{Api}/bodies/{empty}/evaluations", new { year = _year })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }
}
