using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;

namespace Cpic.Api.Tests;

[Collection(ApiCollection.Name)]
public sealed class TokenScriptTests(CpicApp app)
{
    [Fact]
    public async Task A_token_from_build_token_sh_reads_the_reference_data()
    {
        var start = new ProcessStartInfo("bash", [Repository.PathOf("build", "token.sh"), "--role", "counsellor", "--centre", "LBC"])
        {
            RedirectStandardOutput = true,
        };
        using var process = Process.Start(start)!;
        var token = (await process.StandardOutput.ReadToEndAsync()).Trim();
        await process.WaitForExitAsync();

        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        await (await client.GetAsync("/api/v1/reference/countries")).ShouldBe(HttpStatusCode.OK);
    }
}
