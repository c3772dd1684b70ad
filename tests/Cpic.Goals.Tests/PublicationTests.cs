using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Goals.Contracts;
using static Cpic.Goals.Tests.GoalsKit;

namespace Cpic.Goals.Tests;

[Collection(GoalsCollection.Name)]
public sealed class PublicationTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_published_version_is_public_without_internal_notes_in_json_and_czech_html_cached_and_rate_limited()
    {
        var set = await app.ApprovedAsync(_head, 2026, new
        {
            text = "Najít nové prostory v Rokycanech", area = "other", internalNote = "Tajná poznámka",
            keyResults = new[] { new { title = "Prostory", kind = "milestone" } },
        });
        var id = set.GetProperty("id").GetGuid();
        var anonymous = app.CreateClient();
        await (await anonymous.GetAsync("/api/v1/goals/public/LBC/2026")).ShouldBeProblem(HttpStatusCode.NotFound);

        var (published, messages) = await app.TrackAsync(() => _head.PostJson($"{Sets}/{id}/publish", new { }));
        await published.ShouldBe(HttpStatusCode.OK);
        messages.Published<GoalSetPublished>().Should().ContainSingle().Which.Should().Be(new GoalSetPublished(id, "LBC", 2026, 1));
        await (await _head.PostJson($"{Sets}/{id}/versions", new { })).ShouldBe(HttpStatusCode.Created);

        var response = await anonymous.GetAsync("/api/v1/goals/public/LBC/2026");
        var json = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        json.Should().Contain("Najít nové prostory v Rokycanech").And.NotContain("Tajná").And.NotContain("history");
        var etag = response.Headers.ETag!.Tag;
        var cached = new HttpRequestMessage(HttpMethod.Get, "/api/v1/goals/public/LBC/2026");
        cached.Headers.TryAddWithoutValidation("If-None-Match", etag);
        (await anonymous.SendAsync(cached)).StatusCode.Should().Be(HttpStatusCode.NotModified);

        var page = await anonymous.GetAsync("/api/v1/goals/public/LBC/2026/page");
        page.Content.Headers.ContentType!.MediaType.Should().Be("text/html");
        (await page.Content.ReadAsStringAsync()).Should().Contain("Operační cíle").And.Contain("na rok 2026")
            .And.Contain("vedoucí centra").And.Contain("31. 12. 2026").And.NotContain("Tajná");

        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 70; i++)
        {
            statuses.Add((await anonymous.GetAsync("/api/v1/goals/public/LBC/2026")).StatusCode);
        }

        statuses.Should().Contain(HttpStatusCode.TooManyRequests);
    }
}
