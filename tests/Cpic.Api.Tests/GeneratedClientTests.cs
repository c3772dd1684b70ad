using System.Diagnostics;
using System.Net;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Api.Tests;

[CollectionDefinition(Name)]
public sealed class LiveApiCollection : ICollectionFixture<LiveCpicApp>
{
    public const string Name = "live-api";
}

/// <summary>
/// The TypeScript client generated from the document the host serves (clients/typescript: openapi-typescript,
/// openapi-fetch, strict tsc) type-checks, and its scenario runs against the host over a real socket.
/// </summary>
[Collection(LiveApiCollection.Name)]
public sealed class GeneratedClientTests(LiveCpicApp app)
{
    [Fact]
    public async Task The_generated_typescript_client_type_checks_and_runs_the_integrators_scenario()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        await response.ShouldBe(HttpStatusCode.OK);
        var document = Path.Combine(Path.GetTempPath(), $"cpic-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await response.Content.ReadAsStringAsync());
        try
        {
            var start = new ProcessStartInfo("bash", [Repository.PathOf("build", "ts-client.sh"), document])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
                Environment =
                {
                    ["CPIC_URL"] = app.Address.ToString().TrimEnd('/'),
                    ["CPIC_STAFF_TOKEN"] = app.TokenFor("LBC", Roles.Counsellor),
                    ["CPIC_MINISTRY_TOKEN"] = app.TokenFor(null, Roles.MinistryAnalyst),
                },
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, "the generated client failed:\n{0}\n{1}", await output, await errors);
            (await output).Should().Contain("scenario passed");
        }
        finally
        {
            File.Delete(document);
        }
    }
}
