// Potential-match benchmark: 500,000 fictitious clients in one centre (the worst case: the tenant filter does
// not help), loaded with Marten's bulk insert, then the API's own query (MatchQuery.FindAsync) timed.
// Usage: source build/pg.sh && dotnet run -c Release --project bench/Clients.Matching [-- clients queries]
using System.Diagnostics;
using Bogus;
using Cpic.Clients.Domain;
using Marten;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Weasel.Core;

var total = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 500_000;
var queries = args.Length > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 500;
const string Centre = "LBC";
var server = Environment.GetEnvironmentVariable("CPIC_POSTGRES") ?? throw new InvalidOperationException("source build/pg.sh first");
var connection = await BenchDatabase.EnsureAsync(server, "cpic_bench_clients");

await using var provider = await BenchStore.ClientsAsync(connection);
var store = provider.GetRequiredService<IDocumentStore>();

var people = new BenchPeople(seed: 2026);
await using (var session = store.QuerySession(Centre))
{
    var existing = await session.Query<Client>().CountAsync();
    if (existing < total)
    {
        var watch = Stopwatch.StartNew();
        foreach (var batch in people.Clients(Centre, total - existing).Chunk(20_000))
        {
            await store.BulkInsertAsync(Centre, batch, BulkInsertMode.InsertsOnly, batchSize: 5_000);
        }

        Console.WriteLine($"loaded {total - existing:N0} clients in {watch.Elapsed.TotalSeconds:0.0} s");
        // Vacuum merges the GIN pending list that a bulk load leaves (autovacuum does it in production).
        await using var analyse = new NpgsqlConnection(connection);
        await analyse.OpenAsync();
        await new NpgsqlCommand("vacuum analyze clients.mt_doc_client", analyse).ExecuteNonQueryAsync();
    }
}

var timings = new List<double>();
var found = 0;
await using (var session = store.QuerySession(Centre))
{
    foreach (var (candidate, i) in people.Candidates(queries + 50).Select((c, i) => (c, i)))
    {
        var watch = Stopwatch.StartNew();
        var matches = await MatchQuery.FindAsync(session, candidate, 10, CancellationToken.None);
        watch.Stop();
        if (i < 50) continue; // warm-up: connection pool, plan cache, buffers
        timings.Add(watch.Elapsed.TotalMilliseconds);
        found += matches.Count > 0 ? 1 : 0;
    }
}

timings.Sort();
double P(double p) => timings[(int)Math.Min(timings.Count - 1, Math.Floor(p * timings.Count))];
Console.WriteLine($"clients={total:N0} queries={timings.Count} with-matches={found} " +
                  $"median={P(0.5):0.0} ms p95={P(0.95):0.0} ms max={timings[^1]:0.0} ms");
