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
        var (exitCode, output, errors) = await ServedDocumentScript.RunAsync(app.CreateClient(), "ts-client.sh",
            new Dictionary<string, string>
            {
                ["CPIC_URL"] = app.Address.ToString().TrimEnd('/'),
                ["CPIC_STAFF_TOKEN"] = app.TokenFor("LBC", Roles.Counsellor),
                ["CPIC_MINISTRY_TOKEN"] = app.TokenFor(null, Roles.MinistryAnalyst),
            });
        exitCode.Should().Be(0, "the generated client failed:\n{0}\n{1}", output, errors);
        output.Should().Contain("scenario passed");
    }
}
