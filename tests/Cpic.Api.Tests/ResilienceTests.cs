using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;

namespace Cpic.Api.Tests;

/// <summary>
/// A database outage, injected on one table (<see cref="InjectedOutage"/>): requests answer 503 and are safe to retry
/// with their key; messages wait for the database instead of going to the dead letters. The fault suite
/// (tests/Cpic.Faults.Tests) does the same with real outages and killed hosts.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ResilienceTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _coordinator = app.ClientFor(null, Roles.MinistryCoordinator);

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>The centres added here would change the registry other tests of the collection count.</summary>
    public Task DisposeAsync() => app.ResetAsync();

    [Fact]
    public async Task A_write_during_a_database_outage_is_a_503_with_Retry_After_not_a_500()
    {
        HttpResponseMessage response;
        await using (await InjectedOutage.OnAsync(app, "reference.mt_doc_centre"))
        {
            response = await _coordinator.PostJson("/api/v1/reference/centres", CentreSamples.New("XFA"));
        }

        await response.ShouldBeProblem(Cpic.BuildingBlocks.Http.ProblemTypes.ServiceUnavailable);
        response.Headers.RetryAfter!.Delta.Should().BePositive();
        await (await _coordinator.PostJson("/api/v1/reference/centres", CentreSamples.New("XFA"))).ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_idempotency_key_whose_request_failed_in_an_outage_runs_again_when_retried()
    {
        var key = Guid.NewGuid().ToString();
        // The outage also refuses to delete the key's record: before the fix, the claim taken ahead of the write was
        // left behind, and every retry was a 409 "already being processed" for 24 hours.
        await using (await InjectedOutage.OnAsync(app, "reference.mt_doc_centre"))
        await using (await InjectedOutage.OnAsync(app, "cpic.mt_doc_idempotencyrecord", "delete"))
        {
            ((int)(await Send(key, "XFB")).StatusCode).Should().BeGreaterThanOrEqualTo(500);
        }

        await (await Send(key, "XFB")).ShouldBe(HttpStatusCode.Created);
        var replay = await Send(key, "XFB");
        await replay.ShouldBe(HttpStatusCode.Created);
        replay.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
    }

    [Fact]
    public async Task A_write_committed_whose_response_was_lost_is_never_run_twice_and_never_locks_the_key()
    {
        var key = Guid.NewGuid().ToString();
        // The write commits (with its key), then storing the response fails: as when the database goes down between.
        await using (await InjectedOutage.OnAsync(app, "cpic.mt_doc_idempotencyrecord", when: "(NEW.data->>'completed')::boolean"))
        {
            ((int)(await Send(key, "XFC")).StatusCode).Should().BeGreaterThanOrEqualTo(500);
        }

        var retry = await (await Send(key, "XFC")).ShouldBeProblem(HttpStatusCode.Conflict);
        retry.GetProperty("carriedOut").GetBoolean().Should().BeTrue();
        await (await _coordinator.GetAsync("/api/v1/reference/centres/XFC")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_message_handler_meeting_an_outage_retries_until_the_database_is_back_and_dead_letters_nothing()
    {
        const string deadLetters = "select count(*) from wolverine.wolverine_dead_letters";
        var before = await InjectedOutage.CountAsync(app, deadLetters);
        string id;
        await using (await InjectedOutage.OnAsync(app, "counselling.mt_doc_knownclient"))
        {
            var registered = await (await app.ClientFor("LBC", Roles.Counsellor).PostJson("/api/v1/clients", new
            {
                anonymous = true, workplace = "LBC-LIB", pseudonym = "Outage", birthYearBand = "1980-1984", sex = "female", nationality = "VN",
            })).ShouldBe(HttpStatusCode.Created);
            id = registered.GetProperty("id").GetString()!;
            await Task.Delay(TimeSpan.FromSeconds(6)); // past the in-place retries (about 4 s) into the rescheduled ones
            (await KnownClients(id)).Should().Be(0);
        }

        for (var i = 0; i < 100 && await KnownClients(id) == 0; i++)
        {
            await Task.Delay(200);
        }

        (await KnownClients(id)).Should().Be(1, "Counselling learns the client once the database is back");
        (await InjectedOutage.CountAsync(app, deadLetters)).Should().Be(before);
    }

    private Task<long> KnownClients(string id) =>
        InjectedOutage.CountAsync(app, $"select count(*) from counselling.mt_doc_knownclient where id = '{id}'");

    private Task<HttpResponseMessage> Send(string key, string code)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reference/centres")
        {
            Content = System.Net.Http.Json.JsonContent.Create(CentreSamples.New(code)),
        };
        request.Headers.Add(Idempotency.Header, key);
        return _coordinator.SendAsync(request);
    }
}
