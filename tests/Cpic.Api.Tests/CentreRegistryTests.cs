using System.Net;
using System.Net.Http.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class CentreRegistryTests(CpicApp app)
{
    private readonly HttpClient _coordinator = app.ClientFor(null, Roles.MinistryCoordinator);

    [Fact]
    public async Task A_coordinator_adds_a_centre_and_edits_it_with_If_Match()
    {
        var created = await _coordinator.PostJson("/api/v1/reference/centres", CentreSamples.New("XAB"));
        await created.ShouldBe(HttpStatusCode.Created);
        created.Headers.Location!.ToString().Should().Be("/api/v1/reference/centres/XAB");

        var read = await _coordinator.GetAsync("/api/v1/reference/centres/XAB");
        var etag = read.Headers.ETag!.Tag;

        var update = Put("/api/v1/reference/centres/XAB", CentreSamples.New("XAB", "Přejmenované centrum"), etag);
        var updated = await (await _coordinator.SendAsync(update)).ShouldBe(HttpStatusCode.OK);
        updated.GetProperty("name").GetString().Should().Be("Přejmenované centrum");

        var stale = Put("/api/v1/reference/centres/XAB", CentreSamples.New("XAB", "Ztracená změna"), etag);
        await (await _coordinator.SendAsync(stale)).ShouldBeProblem(HttpStatusCode.PreconditionFailed);

        var unconditional = Put("/api/v1/reference/centres/XAB", CentreSamples.New("XAB", "Bez podmínky"), null);
        await (await _coordinator.SendAsync(unconditional)).ShouldBeProblem((HttpStatusCode)428);

        var current = await (await _coordinator.GetAsync("/api/v1/reference/centres/XAB")).ShouldBe(HttpStatusCode.OK);
        current.GetProperty("name").GetString().Should().Be("Přejmenované centrum");
    }

    [Fact]
    public async Task An_update_without_If_Match_is_a_428_problem_with_a_type_like_the_others()
    {
        var unconditional = Put("/api/v1/reference/centres/LBC", CentreSamples.New("LBC"), null);
        var problem = await (await _coordinator.SendAsync(unconditional)).ShouldBeProblem((HttpStatusCode)428);
        problem.GetProperty("type").GetString().Should().Be("https://cpic.cz/problems/precondition-required");

        var stale = Put("/api/v1/reference/centres/LBC", CentreSamples.New("LBC"), "\"999\"");
        var failed = await (await _coordinator.SendAsync(stale)).ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        failed.GetProperty("type").GetString().Should().Be("https://cpic.cz/problems/version-mismatch");
    }

    [Fact]
    public async Task Adding_an_existing_centre_is_a_409()
    {
        var response = await _coordinator.PostJson("/api/v1/reference/centres", CentreSamples.New("LBC"));
        await response.ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Malformed_json_is_a_400_problem()
    {
        var response = await _coordinator.PostAsync("/api/v1/reference/centres",
            new StringContent("{\"code\": \"XAC\", ", System.Text.Encoding.UTF8, "application/json"));
        var problem = await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Contain("JSON");
    }

    [Fact]
    public async Task A_field_of_the_wrong_type_is_a_400_that_names_its_path_not_a_dotnet_type()
    {
        var response = await _coordinator.PostAsync("/api/v1/reference/centres",
            new StringContent("{\"code\": \"XAG\", \"workplaces\": \"none\"}", System.Text.Encoding.UTF8, "application/json"));
        var detail = (await response.ShouldBeProblem(HttpStatusCode.BadRequest)).GetProperty("detail").GetString();
        detail.Should().Contain("$.workplaces").And.NotContain("System.").And.NotContain("Cpic.");
    }

    [Fact]
    public async Task Text_with_a_NUL_character_is_a_400_and_nothing_is_stored()
    {
        var response = await _coordinator.PostJson("/api/v1/reference/centres", CentreSamples.New("XAH", "Centrum\u0000"));
        await response.ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await _coordinator.GetAsync("/api/v1/reference/centres/XAH")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_query_parameter_of_the_wrong_type_is_a_400_that_names_it()
    {
        var counsellor = app.ClientFor("LBC", Roles.Counsellor);
        var problem = await (await counsellor.GetAsync("/api/v1/clients?limit=abc")).ShouldBeProblem(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Be("The value \"abc\" is not valid for the parameter \"limit\".");
    }

    [Fact]
    public async Task Invalid_fields_are_a_422_with_errors_per_field_and_nothing_is_stored()
    {
        var invalid = CentreSamples.New("xx") with { Region = "CZ999", Workplaces = [] };
        var problem = await (await _coordinator.PostJson("/api/v1/reference/centres", invalid))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        errors.TryGetProperty("code", out _).Should().BeTrue();
        errors.TryGetProperty("region", out _).Should().BeTrue();
        errors.TryGetProperty("workplaces", out _).Should().BeTrue();
        await (await _coordinator.GetAsync("/api/v1/reference/centres/xx")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Omitted_fields_and_null_list_items_are_a_422_naming_each_field()
    {
        var body = new { code = "XAF", name = "Centrum", workplaces = new object?[] { null, new { code = "XAF-AB" } } };
        var problem = await (await _coordinator.PostJson("/api/v1/reference/centres", body))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        var errors = problem.GetProperty("errors");
        foreach (var field in new[] { "shortName", "region", "operator", "operatorKind", "workplaces[0]", "workplaces[1].town" })
        {
            errors.TryGetProperty(field, out _).Should().BeTrue($"{field} is missing");
        }

        var put = Put("/api/v1/reference/centres/LBC", new { name = "" }, "\"1\"");
        await (await _coordinator.SendAsync(put)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await _coordinator.GetAsync("/api/v1/reference/centres?region=XX")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Fact]
    public async Task A_repeated_post_with_the_same_Idempotency_Key_is_replayed_not_repeated()
    {
        var key = Guid.NewGuid().ToString();
        var first = await Send(key, CentreSamples.New("XAD"));
        await first.ShouldBe(HttpStatusCode.Created);

        var replay = await Send(key, CentreSamples.New("XAD"));
        await replay.ShouldBe(HttpStatusCode.Created);
        replay.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
        replay.Headers.Location!.ToString().Should().Be("/api/v1/reference/centres/XAD");

        var reused = await Send(key, CentreSamples.New("XAE"));
        await reused.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await _coordinator.GetAsync("/api/v1/reference/centres/XAE")).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    private Task<HttpResponseMessage> Send(string key, object body)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/api/v1/reference/centres") { Content = JsonContent.Create(body) };
        request.Headers.Add("Idempotency-Key", key);
        return _coordinator.SendAsync(request);
    }

    private static HttpRequestMessage Put(string url, object body, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, url) { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.IfMatch.Add(new(etag));
        }

        return request;
    }
}
