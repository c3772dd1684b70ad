using System.Diagnostics;

namespace Cpic.Api.Tests;

/// <summary>Wolverine runs pre-generated handler code (ADR 0003); it must match the handlers in the code.</summary>
public sealed class GeneratedCodeTests
{
    [Fact]
    public async Task The_committed_wolverine_code_is_up_to_date()
    {
        var committed = Repository.PathOf("src", "Host", "Cpic.Host", "Internal", "Generated");
        var fresh = Directory.CreateTempSubdirectory("cpic-codegen-").FullName;
        try
        {
            await RunCodegen(fresh);
            Files(fresh).Should().BeEquivalentTo(Files(committed),
                "the generated handler code is stale: run ./build/codegen.sh and commit src/Host/Cpic.Host/Internal/Generated");
        }
        finally
        {
            Directory.Delete(fresh, recursive: true);
        }
    }

    private static Dictionary<string, string> Files(string root) =>
        Directory.EnumerateFiles(root, "*.cs", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(root, f), f => File.ReadAllText(f).ReplaceLineEndings());

    private static async Task RunCodegen(string output)
    {
        var configuration = Path.GetFileName(Path.GetDirectoryName(AppContext.BaseDirectory.TrimEnd('/'))!);
        var hostDll = Repository.PathOf("src", "Host", "Cpic.Host", "bin", configuration, "net10.0", "Cpic.Host.dll");
        var start = new ProcessStartInfo("dotnet", [hostDll, "codegen", "write"])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["CPIC_CODEGEN_OUTPUT"] = output;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Development";
        start.Environment["Persistence__ConnectionString"] = "Host=127.0.0.1;Database=unused";
        start.Environment["Persistence__ApplySchemaOnStart"] = "false";
        using var process = Process.Start(start)!;
        var log = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        process.ExitCode.Should().Be(0, "codegen write failed: {0}{1}", await log, await errors);
    }
}
