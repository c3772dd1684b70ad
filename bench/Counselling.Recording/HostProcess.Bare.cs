using System.Diagnostics;

namespace Counselling.Recording;

internal sealed partial class HostProcess
{
    /// <summary>
    /// The HTTP ceiling (<see cref="BareHost"/>): this bench's own program in a process of its own, with the host's
    /// signing settings, storing into the raw loop's tables on <paramref name="connectionString"/>.
    /// </summary>
    public static Task<HostProcess> StartBareAsync(string hostFolder, string connectionString, string token)
    {
        var start = new ProcessStartInfo("dotnet") { ArgumentList = { typeof(HostProcess).Assembly.Location, BareHost.Argument } };
        foreach (var (key, value) in DevelopmentSettings(hostFolder))
        {
            start.Environment[key] = value;
        }

        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["CPIC_BENCH_DATABASE"] = connectionString;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        return LaunchAsync(start, token);
    }
}
