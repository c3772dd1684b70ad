using System.Diagnostics;
using System.Net;

namespace Cpic.Api.Tests;

/// <summary>Runs a script of <c>build/</c> on the OpenAPI document the host serves (saved to a temporary file).</summary>
internal static class ServedDocumentScript
{
    public static async Task<(int ExitCode, string Output, string Errors)> RunAsync(HttpClient client, string script,
        IReadOnlyDictionary<string, string>? environment = null)
    {
        var response = await client.GetAsync("/openapi/v1.json");
        await response.ShouldBe(HttpStatusCode.OK);
        var document = Path.Combine(Path.GetTempPath(), $"cpic-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(document, await response.Content.ReadAsStringAsync());
        try
        {
            var start = new ProcessStartInfo("bash", [Repository.PathOf("build", script), document])
            {
                RedirectStandardOutput = true, RedirectStandardError = true,
            };
            foreach (var (name, value) in environment ?? new Dictionary<string, string>())
            {
                start.Environment[name] = value;
            }

            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            return (process.ExitCode, await output, await errors);
        }
        finally
        {
            File.Delete(document);
        }
    }
}
