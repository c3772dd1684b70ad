using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Contracts;
using Wolverine.Tracking;

namespace Cpic.Counselling.Tests;

[Collection(CounsellingCollection.Name)]
public sealed class CorrectionAndCancellationTests(CpicApp app)
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    private static string Url(Guid id) => $"{CounsellingKit.Services}/{id}";

    [Fact]
    public async Task Correcting_with_the_current_etag_replaces_the_content_keeps_the_history_and_publishes_the_correction()
    {
        var client = await app.RegisterClientAsync();
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(client))).GetProperty("id").GetGuid();

        var (response, messages) = await app.TrackAsync(() =>
            _counsellor.SendWithIfMatch(HttpMethod.Put, Url(id), ServiceBody.For(client) with { Minutes = 90 }, "\"1\""));

        var corrected = await response.ShouldBe(HttpStatusCode.OK);
        corrected.GetProperty("minutes").GetInt32().Should().Be(90);
        corrected.GetProperty("status").GetString().Should().Be("corrected");
        response.Headers.ETag!.Tag.Should().Be("\"2\"");
        messages.Executed.MessagesOf<ServiceCorrected>().DistinctBy(m => m.ServiceId).Single().Minutes.Should().Be(90);
        var history = await (await _counsellor.GetAsync($"{Url(id)}/history")).ShouldBe(HttpStatusCode.OK);
        history.EnumerateArray().Select(r => (r.GetProperty("action").GetString(), r.GetProperty("details").GetProperty("minutes").GetInt32()))
            .Should().Equal(("recorded", 45), ("corrected", 90));
    }

    [Fact]
    public async Task A_correction_by_a_role_that_cannot_read_the_notes_keeps_them()
    {
        var client = await app.RegisterClientAsync();
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(client))).GetProperty("id").GetGuid();
        var integrator = app.ClientFor("LBC", Roles.Integrator);

        var (response, _) = await app.TrackAsync(() => integrator.SendWithIfMatch(HttpMethod.Put, Url(id),
            ServiceBody.For(client) with { Minutes = 60, Notes = null }, "\"1\""));

        (await response.ShouldBe(HttpStatusCode.OK)).GetProperty("notes").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        var read = await (await _counsellor.GetAsync(Url(id))).ShouldBe(HttpStatusCode.OK);
        (read.GetProperty("minutes").GetInt32(), read.GetProperty("notes").GetString()).Should().Be((60, "Protected: family situation"));
    }

    [Fact]
    public async Task A_correction_without_workers_keeps_the_stored_workers_and_one_naming_others_replaces_them()
    {
        var client = await app.RegisterClientAsync();
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(client, "worker-b"))).GetProperty("id").GetGuid();

        var kept = await (await _head.SendWithIfMatch(HttpMethod.Put, Url(id),
            ServiceBody.For(client) with { Minutes = 60, Workers = null }, "\"1\"")).ShouldBe(HttpStatusCode.OK);
        kept.GetProperty("workers").Strings().Should().Equal("worker-b");
        var replaced = await (await _head.SendWithIfMatch(HttpMethod.Put, Url(id),
            ServiceBody.For(client) with { Workers = ["worker-c"] }, "\"2\"")).ShouldBe(HttpStatusCode.OK);
        replaced.GetProperty("workers").Strings().Should().Equal("worker-c");
    }

    [Fact]
    public async Task Correcting_without_if_match_is_428_and_with_a_stale_etag_is_412()
    {
        var client = await app.RegisterClientAsync();
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(client))).GetProperty("id").GetGuid();

        await (await _counsellor.SendWithIfMatch(HttpMethod.Put, Url(id), ServiceBody.For(client), null))
            .ShouldBeProblem(HttpStatusCode.PreconditionRequired);
        var logged = app.Logs.Lines.Count;
        await (await _counsellor.SendWithIfMatch(HttpMethod.Put, Url(id), ServiceBody.For(client), "\"7\""))
            .ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        (await (await _counsellor.GetAsync(Url(id))).ShouldBe(HttpStatusCode.OK)).GetProperty("version").GetInt32().Should().Be(1);
        // The refusal's detail is the caller's (it may name a person, e.g. a lecturer); the logs get its status only.
        app.Logs.Lines.Skip(logged).Should().NotContain(line => line.Contains("current ETag", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_cancelled_service_leaves_the_list_and_the_timeline_but_stays_readable()
    {
        var client = await app.RegisterClientAsync();
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(client))).GetProperty("id").GetGuid();

        var (response, messages) = await app.TrackAsync(() =>
            _counsellor.SendWithIfMatch(HttpMethod.Post, $"{Url(id)}/cancellation", new { reason = "Entered twice" }, "\"1\""));

        (await response.ShouldBe(HttpStatusCode.OK)).GetProperty("status").GetString().Should().Be("cancelled");
        messages.Executed.MessagesOf<ServiceCancelled>().DistinctBy(m => m.ServiceId).Single().ServiceId.Should().Be(id);
        var list = await (await _counsellor.GetAsync($"{CounsellingKit.Services}?clientId={client}")).ShouldBe(HttpStatusCode.OK);
        list.GetProperty("items").GetArrayLength().Should().Be(0);
        var withCancelled = await (await _counsellor.GetAsync($"{CounsellingKit.Services}?clientId={client}&includeCancelled=true")).ShouldBe(HttpStatusCode.OK);
        withCancelled.GetProperty("items")[0].GetProperty("cancellationReason").GetString().Should().Be("Entered twice");
        var timeline = await (await _counsellor.GetAsync($"/api/v1/counselling/clients/{client}/services")).ShouldBe(HttpStatusCode.OK);
        timeline.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_cancelled_service_cannot_be_corrected_any_more()
    {
        var client = await app.RegisterClientAsync();
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(client))).GetProperty("id").GetGuid();
        await (await _counsellor.SendWithIfMatch(HttpMethod.Post, $"{Url(id)}/cancellation", new { reason = "Wrong client" }, "\"1\""))
            .ShouldBe(HttpStatusCode.OK);

        await (await _counsellor.SendWithIfMatch(HttpMethod.Put, Url(id), ServiceBody.For(client), "\"2\""))
            .ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Cancelling_needs_a_reason()
    {
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(await app.RegisterClientAsync()))).GetProperty("id").GetGuid();
        var problem = await (await _counsellor.SendWithIfMatch(HttpMethod.Post, $"{Url(id)}/cancellation", new { reason = "" }, "\"1\""))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("reason", out _).Should().BeTrue();
    }

    [Fact]
    public async Task A_record_of_a_closed_period_is_corrected_only_by_the_centre_head()
    {
        var client = await app.RegisterClientAsync();
        var lastQuarter = ServiceBody.For(client).On(ServiceBody.Today.AddMonths(-2));
        var id = (await app.RecordAsync(_counsellor, lastQuarter)).GetProperty("id").GetGuid();

        await (await _counsellor.SendWithIfMatch(HttpMethod.Put, Url(id), lastQuarter with { Minutes = 60 }, "\"1\""))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        await (await _counsellor.SendWithIfMatch(HttpMethod.Post, $"{Url(id)}/cancellation", new { reason = "Late" }, "\"1\""))
            .ShouldBeProblem(HttpStatusCode.Forbidden);
        var (response, _) = await app.TrackAsync(() => _head.SendWithIfMatch(HttpMethod.Put, Url(id), lastQuarter with { Minutes = 60 }, "\"1\""));
        (await response.ShouldBe(HttpStatusCode.OK)).GetProperty("minutes").GetInt32().Should().Be(60);
    }

    [Fact]
    public async Task A_counsellor_cannot_move_a_current_record_into_a_closed_period()
    {
        var client = await app.RegisterClientAsync();
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(client))).GetProperty("id").GetGuid();

        var moved = ServiceBody.For(client).On(ServiceBody.Today.AddMonths(-2));
        await (await _counsellor.SendWithIfMatch(HttpMethod.Put, Url(id), moved, "\"1\"")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task A_service_of_another_centre_is_not_found()
    {
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(await app.RegisterClientAsync()))).GetProperty("id").GetGuid();
        var plzen = app.ClientFor("PLK", Roles.CentreHead);

        await (await plzen.GetAsync(Url(id))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await plzen.SendWithIfMatch(HttpMethod.Put, Url(id), ServiceBody.For(Guid.NewGuid()) with { Workplace = "PLK-PM" }, "\"1\""))
            .ShouldBeProblem(HttpStatusCode.NotFound);
    }
}
