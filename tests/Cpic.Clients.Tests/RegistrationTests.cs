using System.Net;
using System.Net.Http.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Clients.Tests;

[Collection(ClientsCollection.Name)]
public sealed class RegistrationTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Registering_a_client_gives_a_code_unique_in_the_centre_and_an_etag()
    {
        var first = await _counsellor.Register(ClientRequests.Person());
        var second = await _counsellor.Register(ClientRequests.Person());

        // The counter is not reset between test classes, so compare the two numbers rather than fix them.
        var firstCode = first.GetProperty("code").GetString()!;
        firstCode.Should().MatchRegex($"^LBC-{DateTime.UtcNow.Year}-[0-9]{{5}}$");
        var next = int.Parse(firstCode[^5..], System.Globalization.CultureInfo.InvariantCulture) + 1;
        second.GetProperty("code").GetString().Should().Be($"{firstCode[..^5]}{next:D5}");
        first.GetProperty("details").GetProperty("contact").GetProperty("town").GetString().Should().Be("Liberec");
        first.GetProperty("birthYearBand").GetString().Should().Be("1990-1994");
        var (read, etag) = await _counsellor.Read(first.Id());
        read.GetProperty("version").GetInt64().Should().Be(1);
        etag.Should().Be("\"1\"");
    }

    [Fact]
    public async Task An_anonymous_client_has_a_pseudonym_and_statistics_only()
    {
        var client = await _counsellor.Register(ClientRequests.Anonymous());
        client.GetProperty("details").GetProperty("pseudonym").GetString().Should().Be("Modrá bunda");
        client.GetProperty("details").GetProperty("anonymous").GetBoolean().Should().BeTrue();

        var withName = await _counsellor.PostAsJsonAsync("/api/v1/clients", new
        {
            anonymous = true, workplace = "LBC-LIB", pseudonym = "X", birthYearBand = "1985-1989", sex = "male",
            nationality = "VN", surname = "Nguyen",
        });
        var problem = await withName.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("anonymous", out _).Should().BeTrue();
    }

    [Fact]
    public async Task An_anonymous_client_is_identified_later_without_losing_history()
    {
        var client = await _counsellor.Register(ClientRequests.Anonymous());
        var (_, etag) = await _counsellor.Read(client.Id());

        var identified = await app.AndWaitForMessages(() =>
            _counsellor.Update(client.Id(), ClientRequests.Person("Thi Lan", "Nguyenová", nationality: "VN"), etag));
        var body = await identified.ShouldBe(HttpStatusCode.OK);
        body.GetProperty("id").GetGuid().Should().Be(client.Id());
        body.GetProperty("details").GetProperty("surname").GetString().Should().Be("Nguyenová");

        var history = await (await _counsellor.GetAsync($"/api/v1/clients/{client.Id()}/history")).ShouldBe(HttpStatusCode.OK);
        history.EnumerateArray().Select(e => e.GetProperty("change").GetString())
            .Should().Equal("clients.record_opened", "clients.identified");
    }

    [Fact]
    public async Task A_client_of_another_centre_is_not_found()
    {
        var client = await _counsellor.Register(ClientRequests.Person());
        var prague = app.ClientFor("PHA", Roles.Counsellor);

        await (await prague.GetAsync($"/api/v1/clients/{client.Id()}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await prague.GetAsync($"/api/v1/clients/{client.Id()}/history")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await prague.Update(client.Id(), ClientRequests.Person(workplace: "PHA-PRG"), "\"1\""))
            .ShouldBeProblem(HttpStatusCode.NotFound);
        var list = await (await prague.GetAsync("/api/v1/clients")).ShouldBe(HttpStatusCode.OK);
        list.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task An_idempotency_key_replays_only_for_the_same_caller_in_the_same_centre()
    {
        var person = ClientRequests.Person();
        var key = Guid.NewGuid().ToString();
        _counsellor.DefaultRequestHeaders.Add("Idempotency-Key", key);
        var first = await _counsellor.Register(person);
        var replayed = await _counsellor.PostAsJsonAsync("/api/v1/clients?force=true", person);
        (await replayed.ShouldBe(HttpStatusCode.Created)).Id().Should().Be(first.Id());

        // The same subject with a token of another centre: its own request (here refused: LBC's workplace), never
        // LBC's stored response.
        var prague = app.ClientFor("PHA", Roles.Counsellor);
        prague.DefaultRequestHeaders.Add("Idempotency-Key", key);
        var response = await prague.PostAsJsonAsync("/api/v1/clients?force=true", person);
        response.Headers.Contains("Idempotent-Replayed").Should().BeFalse();
        (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").TryGetProperty("workplace", out _)
            .Should().BeTrue();
    }

    [Fact]
    public async Task A_workplace_of_another_centre_is_refused()
    {
        var response = await _counsellor.PostAsJsonAsync("/api/v1/clients", ClientRequests.Person(workplace: "PHA-PRG"));
        var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").GetProperty("workplace").GetArrayLength().Should().Be(1);
    }
}
