namespace Counselling.Recording;

/// <summary>The outcome of one load run: requests per second over the run, and latency percentiles.</summary>
internal sealed record RunResult(string Name, int Requests, int Errors, TimeSpan Elapsed, double P50Ms, double P99Ms)
{
    public double Throughput => Requests / Elapsed.TotalSeconds;

    public static RunResult From(string name, List<double> latenciesMs, int errors, TimeSpan elapsed)
    {
        latenciesMs.Sort();
        return new RunResult(name, latenciesMs.Count, errors, elapsed, Percentile(latenciesMs, 0.50), Percentile(latenciesMs, 0.99));
    }

    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(p * sorted.Count) - 1)];

    public string Row() => $"| {Name} | {Requests} | {Errors} | {Throughput:F0} | {P50Ms:F1} | {P99Ms:F1} |";
}
