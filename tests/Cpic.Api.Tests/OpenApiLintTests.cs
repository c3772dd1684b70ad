using System.Diagnostics;
using System.Net;

namespace Cpic.Api.Tests;

/// <summary>The document the host serves passes Redocly (recommended) and Spectral (spectral:oas) with no warning.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiLintTests(CpicApp app)
{
    [Fact]
    public async Task The_openapi_document_has_no_linter_errors_or_warnings()
    {
        var response = await app.CreateClient().GetAsync("/openapi/v1.json");
        await response.ShouldBe(HttpStatusCode.OK);
        var document = Path.Combine(Path.GetTempPath(), $"cpic-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await response.Content.ReadAsStringAsync());
        try
        {
            var start = new ProcessStartInfo("bash", [Repository.PathOf("build", "lint-openapi.sh"), document])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            process.ExitCode.Should().Be(0, "the linters found problems:\n{0}\n{1}", await output, await errors);
        }
        finally
        {
            File.Delete(document);
        }
    }
}
