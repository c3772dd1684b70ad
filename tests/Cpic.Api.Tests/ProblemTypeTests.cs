using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;

namespace Cpic.Api.Tests;

/// <summary>
/// Problems are typed (ADR 0013): the catalogue, docs/problems.md and the OpenAPI schemas agree, and the host answers
/// each kind with its type URI and extensions. (Every problem served in any test is checked against the catalogue by
/// the test host, <see cref="ServedProblems"/>.)
/// </summary>
[Collection(ApiCollection.Name)]
public sealed partial class ProblemTypeTests(CpicApp app)
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    [Fact]
    public void The_docs_table_lists_the_catalogue()
    {
        var rows = File.ReadAllLines(Repository.PathOf("docs", "problems.md")).Select(l => Row().Match(l)).Where(m => m.Success)
            .Select(m => $"{m.Groups[1].Value} {m.Groups[2].Value} {m.Groups[3].Value} [{string.Join(",", Extension().Matches(m.Groups[4].Value).Select(e => e.Groups[1].Value))}]");
        var catalogue = ProblemTypes.All.Select(t => $"{t.Uri} {t.Status} {t.Title} [{string.Join(",", t.Extensions.Select(e => e.Name))}]");
        rows.Should().Equal(catalogue);
        ProblemTypes.All.Select(t => t.Slug).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public async Task The_openapi_schemas_of_problems_carry_the_catalogues_extensions()
    {
        var schemas = JsonNode.Parse(await app.CreateClient().GetStringAsync("/openapi/v1.json"))!["components"]!["schemas"]!.AsObject();
        schemas["Problem"]!["required"]!.AsArray().Select(n => n!.GetValue<string>())
            .Should().BeEquivalentTo("type", "title", "status", "detail", "instance", "traceId");
        var typed = ProblemTypes.All.Where(t => t.Extensions.Length > 0).ToList();
        schemas.Select(s => s.Key).Where(k => k.EndsWith("Problem", StringComparison.Ordinal) && k != "Problem")
            .Should().BeEquivalentTo(typed.Select(t => t.SchemaId), "every type with extensions is answered by some operation");
        foreach (var type in typed)
        {
            var own = schemas[type.SchemaId]!["allOf"]![1]!;
            own["properties"]!["type"]!["enum"]![0]!.GetValue<string>().Should().Be(type.Uri);
            own["properties"]!.AsObject().Select(p => p.Key).Should().BeEquivalentTo(["type", .. type.Extensions.Select(e => e.Name)]);
            own["required"]!.AsArray().Select(n => n!.GetValue<string>())
                .Should().BeEquivalentTo(["type", .. type.Extensions.Where(e => e.Required).Select(e => e.Name)]);
        }
    }

    [Fact]
    public async Task A_likely_duplicate_is_a_duplicate_client_problem_with_its_matches()
    {
        var person = new { workplace = "LBC-LIB", givenNames = "Olena", surname = "Problémová", birthDate = "1990-05-01", sex = "female", nationality = "UA" };
        var first = await (await _counsellor.PostJson("/api/v1/clients", person)).ShouldBe(HttpStatusCode.Created);

        var problem = await (await _counsellor.PostJson("/api/v1/clients", person)).ShouldBeProblem(ProblemTypes.DuplicateClient);
        problem.GetProperty("title").GetString().Should().Be("Possible duplicate client");
        problem.GetProperty("matches")[0].GetProperty("clientId").GetString().Should().Be(first.GetProperty("id").GetString());
        problem.GetProperty("instance").GetString().Should().Be("/api/v1/clients");
    }

    [Fact]
    public async Task Validation_stale_and_missing_If_Match_and_a_reused_key_have_their_types()
    {
        var invalid = await (await _counsellor.PostJson("/api/v1/clients", new { workplace = "LBC-LIB" })).ShouldBeProblem(ProblemTypes.Validation);
        invalid.GetProperty("errors").GetProperty("sex").GetArrayLength().Should().BePositive();

        var centre = app.ClientFor(null, Roles.MinistryCoordinator);
        var stale = new HttpRequestMessage(HttpMethod.Put, "/api/v1/reference/centres/LBC") { Content = JsonContent.Create(CentreSamples.New("LBC")) };
        stale.Headers.TryAddWithoutValidation("If-Match", "\"999\"");
        var mismatch = await centre.SendAsync(stale);
        await mismatch.ShouldBeProblem(ProblemTypes.VersionMismatch);
        mismatch.Headers.ETag.Should().NotBeNull("a 412 names the current version");
        await (await centre.PutAsJsonAsync("/api/v1/reference/centres/LBC", CentreSamples.New("LBC"))).ShouldBeProblem(ProblemTypes.PreconditionRequired);

        var key = $"problem-{Guid.NewGuid()}";
        await (await PostWithKey("/api/v1/reference/centres", CentreSamples.New("XPT"), key)).ShouldBe(HttpStatusCode.Created);
        var reused = await (await PostWithKey("/api/v1/reference/centres", CentreSamples.New("XPU"), key)).ShouldBeProblem(ProblemTypes.IdempotencyKeyReused);
        reused.GetProperty("errors").GetProperty("Idempotency-Key").GetArrayLength().Should().Be(1);

        Task<HttpResponseMessage> PostWithKey(string url, object body, string idempotencyKey)
        {
            var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = JsonContent.Create(body) };
            request.Headers.Add("Idempotency-Key", idempotencyKey);
            return centre.SendAsync(request);
        }
    }

    [Fact]
    public async Task Problems_the_framework_raises_get_the_type_of_their_status()
    {
        await (await app.CreateClient().GetAsync("/api/v1/clients")).ShouldBeProblem(ProblemTypes.Unauthenticated);
        await (await _counsellor.GetAsync("/api/v1/no-such-route")).ShouldBeProblem(ProblemTypes.NotFound);
        await (await _counsellor.DeleteAsync("/api/v1/reference/regions")).ShouldBeProblem(ProblemTypes.MethodNotAllowed);
        await (await _counsellor.PostAsync("/api/v1/clients", new StringContent("{}", Encoding.UTF8, "text/plain")))
            .ShouldBeProblem(ProblemTypes.UnsupportedMediaType);
        await (await _counsellor.PostAsync("/api/v1/clients", new StringContent("{", Encoding.UTF8, "application/json")))
            .ShouldBeProblem(ProblemTypes.MalformedRequest);
        var forbidden = await (await app.ClientFor(null, Roles.MinistryAnalyst).GetAsync("/api/v1/clients")).ShouldBeProblem(ProblemTypes.Forbidden);
        forbidden.GetProperty("requiredRoles").GetArrayLength().Should().BePositive();
    }

    [GeneratedRegex(@"^\| `(https://cpic\.cz/problems/[a-z-]+)` \| (\d{3}) \| ([^|]+?) \| [^|]+ \| ([^|]+) \|$")]
    private static partial Regex Row();

    [GeneratedRegex(@"`(\w+)`")]
    private static partial Regex Extension();
}
