using System.Net;
using System.Net.Http.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Clients.Tests;

[Collection(ClientsCollection.Name)]
public sealed class MergeTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Merging_moves_history_and_statuses_to_the_surviving_record()
    {
        var survivor = await _counsellor.Register(ClientRequests.Person("Iryna", "Melnyk"));
        var duplicate = await _counsellor.Register(ClientRequests.Person("Irina", "Melnik"));
        await _counsellor.PostAsJsonAsync($"/api/v1/clients/{duplicate.Id()}/residence-statuses",
            new { category = "temporary-protection", validFrom = "2025-03-01", validUntil = "2027-03-04" });

        var merged = await app.AndWaitForMessages(() => _head.PostAsJsonAsync(
            $"/api/v1/clients/{survivor.Id()}/merge", new { mergedClientId = duplicate.Id() }));

        var body = await merged.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("currentResidence").GetProperty("category").GetString().Should().Be("temporary-protection");
        var history = await (await _counsellor.GetAsync($"/api/v1/clients/{survivor.Id()}/history")).ShouldBe(HttpStatusCode.OK);
        history.EnumerateArray().Select(e => e.GetProperty("clientId").GetGuid()).Should().Contain(duplicate.Id());
        history.EnumerateArray().Last().GetProperty("by").GetString().Should().Be("test-centre-head");
        var (old, _) = await _counsellor.Read(duplicate.Id());
        old.GetProperty("mergedInto").GetGuid().Should().Be(survivor.Id());
        var list = await (await _counsellor.GetAsync("/api/v1/clients")).ShouldBe(HttpStatusCode.OK);
        list.GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task A_merged_record_refuses_further_changes()
    {
        var survivor = await _counsellor.Register(ClientRequests.Person());
        var duplicate = await _counsellor.Register(ClientRequests.Person());
        await (await _head.PostAsJsonAsync($"/api/v1/clients/{survivor.Id()}/merge", new { mergedClientId = duplicate.Id() }))
            .ShouldBe(HttpStatusCode.OK);

        var (_, etag) = await _counsellor.Read(duplicate.Id());
        await (await _counsellor.Update(duplicate.Id(), ClientRequests.Person(), etag)).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Only_the_centre_head_merges_and_only_within_the_centre()
    {
        var survivor = await _counsellor.Register(ClientRequests.Person());
        var duplicate = await _counsellor.Register(ClientRequests.Person());

        (await _counsellor.PostAsJsonAsync($"/api/v1/clients/{survivor.Id()}/merge", new { mergedClientId = duplicate.Id() }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var pragueHead = app.ClientFor("PHA", Roles.CentreHead);
        await (await pragueHead.PostAsJsonAsync($"/api/v1/clients/{survivor.Id()}/merge", new { mergedClientId = duplicate.Id() }))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _head.PostAsJsonAsync($"/api/v1/clients/{survivor.Id()}/merge", new { mergedClientId = survivor.Id() }))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var anonymised = await _counsellor.Register(ClientRequests.Person());
        await (await _head.PostAsync($"/api/v1/clients/{anonymised.Id()}/anonymisation", null)).ShouldBe(HttpStatusCode.NoContent);
        await (await _head.PostAsJsonAsync($"/api/v1/clients/{anonymised.Id()}/merge", new { mergedClientId = duplicate.Id() }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
        await (await _head.PostAsJsonAsync($"/api/v1/clients/{survivor.Id()}/merge", new { mergedClientId = anonymised.Id() }))
            .ShouldBeProblem(HttpStatusCode.Conflict);
    }
}
