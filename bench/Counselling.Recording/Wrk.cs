using System.Diagnostics;
using System.Globalization;

namespace Counselling.Recording;

/// <summary>
/// The closed-loop load: <c>wrk</c> (C, event loop, 2 threads) in its own process, so the load costs the shared cores
/// far less than .NET clients would. <c>post-service.lua</c> posts bodies from a file and prints a RESULT line.
/// </summary>
internal static class Wrk
{
    public static async Task<RunResult> RunAsync(string name, Uri baseAddress, string bodiesFile, string token,
        int connections, TimeSpan duration)
    {
        var script = Path.Combine(AppContext.BaseDirectory, "post-service.lua");
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            ArgumentList =
            {
                "-t", "2", "-c", connections.ToString(CultureInfo.InvariantCulture),
                "-d", $"{(int)duration.TotalSeconds}s", "--timeout", "10s", "-s", script,
                baseAddress.ToString(), "--", bodiesFile, token,
            },
        };
        using var wrk = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start.");
        var output = await wrk.StandardOutput.ReadToEndAsync();
        await wrk.WaitForExitAsync();
        var result = output.Split('\n').FirstOrDefault(l => l.StartsWith("RESULT ", StringComparison.Ordinal))
            ?? throw new InvalidOperationException($"wrk gave no result (exit {wrk.ExitCode}):\n{output}");
        var f = result.Split(' ');
        var requests = int.Parse(f[1], CultureInfo.InvariantCulture);
        var errors = int.Parse(f[2], CultureInfo.InvariantCulture);
        var elapsed = TimeSpan.FromMicroseconds(double.Parse(f[3], CultureInfo.InvariantCulture));
        return new RunResult(name, requests - errors, errors, elapsed,
            double.Parse(f[4], CultureInfo.InvariantCulture), double.Parse(f[5], CultureInfo.InvariantCulture));
    }
}
