using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Contracts;

namespace Cpic.Counselling.Tests;

[Collection(CounsellingCollection.Name)]
public sealed class CaseTests(CpicApp app)
{
    private const string Cases = "/api/v1/counselling/cases";
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    private async Task<Guid> OpenAsync(Guid client, string worker)
    {
        var body = new
        {
            clientId = client, workplace = "LBC-LIB", openedOn = ServiceBody.Today.ToString("yyyy-MM-dd"),
            goal = "Secure a long-term residence permit", workers = new[] { worker },
            steps = new[] { new { description = "Collect the documents", dueOn = (string?)null, done = false } },
        };
        var (response, messages) = await app.TrackAsync(() => _counsellor.PostJson(Cases, body));
        var id = (await response.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        messages.Published<CaseOpened>().Should().ContainSingle().Which.ClientId.Should().Be(client);
        return id;
    }

    private Task<HttpResponseMessage> SetStatus(Guid id, object body, string etag) =>
        _counsellor.SendWithIfMatch(HttpMethod.Post, $"{Cases}/{id}/status", body, etag);

    [Fact]
    public async Task A_case_is_planned_linked_to_services_paused_resumed_and_closed_with_a_reason()
    {
        var client = await app.RegisterClientAsync();
        var id = await OpenAsync(client, "worker-case");
        var service = (await app.RecordAsync(_counsellor, ServiceBody.For(client))).GetProperty("id").GetGuid();

        var plan = await _counsellor.SendWithIfMatch(HttpMethod.Put, $"{Cases}/{id}/plan", new
        {
            goal = "Secure a permit and enrol the children at school", steps = Array.Empty<object>(), serviceIds = new[] { service },
        }, "\"1\"");
        var planned = await plan.ShouldBe(HttpStatusCode.OK);
        planned.GetProperty("serviceIds")[0].GetGuid().Should().Be(service);
        (plan.Headers.ETag!.Tag, planned.GetProperty("version").GetInt32()).Should().Be(("\"2\"", 2), "the stored version");

        await (await SetStatus(id, new { status = "paused" }, plan.Headers.ETag.Tag)).ShouldBe(HttpStatusCode.OK);
        await (await SetStatus(id, new { status = "open" }, "\"3\"")).ShouldBe(HttpStatusCode.OK);
        var (response, messages) = await app.TrackAsync(() => SetStatus(id, new { status = "closed", reason = "goal-achieved" }, "\"4\""));

        (await response.ShouldBe(HttpStatusCode.OK)).GetProperty("status").GetString().Should().Be("closed");
        messages.Published<CaseClosed>().Should().ContainSingle().Which.Reason.Should().Be("goal-achieved");
        await (await SetStatus(id, new { status = "open" }, "\"5\"")).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Closing_without_a_reason_or_linking_another_clients_service_is_refused()
    {
        var client = await app.RegisterClientAsync();
        var id = await OpenAsync(client, "worker-case-2");
        var otherService = (await app.RecordAsync(_counsellor, ServiceBody.For(await app.RegisterClientAsync()))).GetProperty("id").GetGuid();

        var noReason = await (await SetStatus(id, new { status = "closed" }, "\"1\"")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        noReason.GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue();
        var wrongService = await (await _counsellor.SendWithIfMatch(HttpMethod.Put, $"{Cases}/{id}/plan",
            new { goal = "G", steps = Array.Empty<object>(), serviceIds = new[] { otherService } }, "\"1\"")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        wrongService.GetProperty("errors").TryGetProperty("serviceIds", out _).Should().BeTrue();
    }

    [Fact]
    public async Task Bad_plans_statuses_and_dates_are_field_errors_and_change_nothing()
    {
        var id = await OpenAsync(await app.RegisterClientAsync(), "worker-case-3");
        var before = ServiceBody.Today.AddDays(-1).ToString("yyyy-MM-dd");

        var errors = new[]
        {
            await _counsellor.SendWithIfMatch(HttpMethod.Put, $"{Cases}/{id}/plan", new { goal = "G", steps = (object?)null }, "\"1\""),
            await _counsellor.SendWithIfMatch(HttpMethod.Put, $"{Cases}/{id}/plan", new { goal = "G", steps = new object?[] { null } }, "\"1\""),
            await SetStatus(id, new { status = "archived" }, "\"1\""),
            await SetStatus(id, new { status = "closed", reason = "other", on = before }, "\"1\""),
        };

        foreach (var (response, field) in errors.Zip(new[] { "steps", "steps[0]", "status", "on" }))
        {
            var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
            problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue("errors were {0}", problem.GetProperty("errors"));
        }

        await (await SetStatus(id, new { status = "open" }, "\"1\"")).ShouldBeProblem(HttpStatusCode.Conflict);
        var @case = await (await _counsellor.GetAsync($"{Cases}/{id}")).ShouldBe(HttpStatusCode.OK);
        (@case.GetProperty("version").GetInt32(), @case.GetProperty("status").GetString()).Should().Be((1, "open"));
        await (await _counsellor.GetAsync($"{Cases}?status=archived")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_status_change_dated_before_the_last_one_is_a_field_error()
    {
        static string Day(int offset) => ServiceBody.Today.AddDays(offset).ToString("yyyy-MM-dd");
        var client = await app.RegisterClientAsync();
        var (opened, _) = await app.TrackAsync(() => _counsellor.PostJson(Cases,
            new { clientId = client, workplace = "LBC-LIB", openedOn = Day(-10), goal = "Find work" }));
        var id = (await opened.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await (await SetStatus(id, new { status = "paused", on = Day(-2) }, "\"1\"")).ShouldBe(HttpStatusCode.OK);

        var problem = await (await SetStatus(id, new { status = "closed", reason = "no-contact", on = Day(-5) }, "\"2\""))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);

        problem.GetProperty("errors").GetProperty("on")[0].GetString().Should().Contain(Day(-2));
        var (closed, _) = await app.TrackAsync(() => SetStatus(id, new { status = "closed", reason = "no-contact", on = Day(-2) }, "\"2\""));
        await closed.ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_centre_head_sees_each_workers_open_and_closed_cases_and_outcomes()
    {
        var worker = $"worker-{Guid.NewGuid():N}";
        await OpenAsync(await app.RegisterClientAsync(), worker);
        var closed = await OpenAsync(await app.RegisterClientAsync(), worker);
        await app.TrackAsync(() => SetStatus(closed, new { status = "closed", reason = "no-contact" }, "\"1\""));

        await (await _counsellor.GetAsync($"{Cases}/workload")).ShouldBeProblem(HttpStatusCode.Forbidden);
        var workload = await (await app.ClientFor("LBC", Roles.CentreHead).GetAsync($"{Cases}/workload")).ShouldBe(HttpStatusCode.OK);
        var row = workload.EnumerateArray().Single(r => r.GetProperty("worker").GetString() == worker);
        (row.GetProperty("open").GetInt32(), row.GetProperty("closed").GetInt32(),
            row.GetProperty("closedByReason").GetProperty("no-contact").GetInt32()).Should().Be((1, 1, 1));
    }

    [Fact]
    public async Task A_case_for_a_client_of_another_centre_is_refused()
    {
        var body = new { clientId = await app.RegisterClientAsync("PLK"), workplace = "LBC-LIB",
            openedOn = ServiceBody.Today.ToString("yyyy-MM-dd"), goal = "G" };
        var problem = await (await _counsellor.PostJson(Cases, body)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("clientId", out _).Should().BeTrue();
    }
}
