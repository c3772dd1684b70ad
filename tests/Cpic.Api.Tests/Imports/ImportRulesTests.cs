using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Clients.Features.Imports;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using static Cpic.Api.Tests.Imports.ImportKit;

namespace Cpic.Api.Tests.Imports;

/// <summary>Who may import, what a file must look like, and a job that runs twice at once imports each row once.</summary>
[Collection(ApiCollection.Name)]
public sealed class ImportRulesTests(CpicApp app)
{
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    private static string Csv(string sourceId) =>
        $"sourceId,workplace,givenNames,surname,birthYear,sex,nationality\n{sourceId},LBC-LIB,Anna,Nowak {sourceId},1991,female,PL\n";

    [Theory]
    [InlineData(Roles.Counsellor)]
    [InlineData(Roles.Integrator)]
    public async Task Only_the_centre_head_imports_and_reads_imports(string role)
    {
        var other = app.ClientFor("LBC", role);
        await (await other.Upload(ClientImports, Csv("R-1"), "text/csv")).ShouldBeProblem(HttpStatusCode.Forbidden);
        var job = await app.ImportAsync(_head, ClientImports, Csv($"R-{Guid.NewGuid():N}"));
        await (await other.GetAsync($"{ClientImports}/{job.GetProperty("id").GetGuid()}")).ShouldBeProblem(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Another_centre_sees_no_job_and_a_clients_job_is_no_services_job()
    {
        var job = await app.ImportAsync(_head, ClientImports, Csv($"R-{Guid.NewGuid():N}"));
        var id = job.GetProperty("id").GetGuid();
        var otherHead = app.ClientFor("ZLK", Roles.CentreHead);
        await (await otherHead.GetAsync($"{ClientImports}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await otherHead.GetAsync($"{ClientImports}/{id}/rows")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _head.GetAsync($"{ServiceImports}/{id}")).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _head.GetAsync($"{ClientImports}/{id}/rows?outcome=fine")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }

    [Theory]
    [InlineData("sourceId,workplace,sex,nationality,shoeSize\nA,LBC-LIB,male,CZ,44\n", "text/csv", "Unknown columns: shoeSize")]
    [InlineData("sourceId,workplace,sex\nA,LBC-LIB,male\n", "text/csv", "Missing columns: nationality")]
    [InlineData("sourceId,workplace,sex,nationality\n", "text/csv", "no rows")]
    [InlineData("{\"sourceId\": \"A\", \"shoeSize\": 44}\n", "application/x-ndjson", "Unknown members: shoeSize")]
    public async Task A_file_with_unknown_or_missing_columns_is_refused_whole(string body, string type, string detail)
    {
        var problem = await (await _head.Upload(ClientImports, body, type)).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").GetProperty("file")[0].GetString().Should().Contain(detail);
    }

    [Fact]
    public async Task Another_content_type_is_415()
    {
        await (await _head.Upload(ClientImports, "{}", "application/json")).ShouldBeProblem(ProblemTypes.UnsupportedMediaType);
    }

    [Fact]
    public async Task A_job_run_twice_at_once_imports_each_row_once()
    {
        var rows = Enumerable.Range(0, 600).Select(i => $"T{i}-{Guid.NewGuid():N},LBC-LIB,Anna,Nowak{i},1991,female,PL");
        var body = "sourceId,workplace,givenNames,surname,birthYear,sex,nationality\n" + string.Join('\n', rows);
        var job = await app.AndWaitForMessages(async () =>
        {
            var accepted = await (await _head.Upload(ClientImports, body, "text/csv")).ShouldBe(HttpStatusCode.Accepted);
            var run = new RunClientImport(accepted.GetProperty("id").GetGuid());
            using var scope = app.Services.CreateScope();
            var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
            // As after a redelivery or a second host: more run messages for the same job, in parallel with the first.
            await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => bus.PublishAsync(run, new DeliveryOptions { TenantId = "LBC" }).AsTask()));
            return accepted;
        });

        var done = await (await _head.GetAsync($"{ClientImports}/{job.GetProperty("id").GetGuid()}")).ShouldBe(HttpStatusCode.OK);
        done.GetProperty("status").GetString().Should().Be("completed");
        done.Counts().Should().Be((600, 0, 0, 0));
        var page = await (await _head.GetAsync($"{ClientImports}/{job.GetProperty("id").GetGuid()}/rows?limit=200&outcome=imported"))
            .ShouldBe(HttpStatusCode.OK);
        page.GetProperty("items").GetArrayLength().Should().Be(200);
        page.GetProperty("next").GetString().Should().Contain("outcome=imported");
    }
}
