namespace Cpic.Api.Tests;

/// <summary>The document the host serves passes Redocly (recommended) and Spectral (spectral:oas) with no warning.</summary>
[Collection(ApiCollection.Name)]
public sealed class OpenApiLintTests(CpicApp app)
{
    [Fact]
    public async Task The_openapi_document_has_no_linter_errors_or_warnings()
    {
        var (exitCode, output, errors) = await ServedDocumentScript.RunAsync(app.CreateClient(), "lint-openapi.sh");
        exitCode.Should().Be(0, "the linters found problems:\n{0}\n{1}", output, errors);
    }
}
