// What the access log adds to a list request: the query behind GET /api/v1/clients (a page of 50 clients), timed
// without and with AccessLog.RecordAsync, the very method the endpoint calls (one batched insert of 50 entries).
// Usage: source build/pg.sh && dotnet run -c Release --project bench/Clients.AccessLog [-- requests]
using System.Diagnostics;
using System.Security.Claims;
using Cpic.Clients;
using Cpic.Clients.Domain;
using JasperFx;
using JasperFx.Events;
using JasperFx.MultiTenancy;
using Marten;
using Marten.Storage;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Weasel.Core;

var requests = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 500;
const string Centre = "LBC";
const int PageSize = 50;
var server = Environment.GetEnvironmentVariable("CPIC_POSTGRES") ?? throw new InvalidOperationException("source build/pg.sh first");
var connection = await BenchDatabase.EnsureAsync(server, "cpic_bench_accesslog");

var services = new ServiceCollection();
// The store settings of BuildingBlocks' MartenSetup that shape the clients and access-log tables.
services.AddMarten(o =>
{
    o.Connection(connection);
    o.DatabaseSchemaName = "cpic";
    o.Events.DatabaseSchemaName = "events";
    o.Events.TenancyStyle = TenancyStyle.Conjoined;
    o.Events.StreamIdentity = StreamIdentity.AsGuid;
    o.Policies.AllDocumentsAreMultiTenanted();
    o.UseSystemTextJsonForSerialization(EnumStorage.AsString, Casing.CamelCase);
    o.AutoCreateSchemaObjects = AutoCreate.CreateOrUpdate;
});
services.AddClientsModule();
await using var provider = services.BuildServiceProvider();
var store = provider.GetRequiredService<IDocumentStore>();
await store.Storage.ApplyAllConfiguredChangesToDatabaseAsync();
await using (var session = store.QuerySession(Centre))
{
    if (await session.Query<Client>().CountAsync() < 10_000)
    {
        await store.BulkInsertAsync(Centre, new BenchPeople(seed: 2026).Clients(Centre, 10_000).ToList(), BulkInsertMode.InsertsOnly);
    }
}

var http = new DefaultHttpContext { User = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", "bench")], "bench")) };
async Task<double> ListAsync(bool logged)
{
    var watch = Stopwatch.StartNew();
    await using var session = store.LightweightSession(Centre);
    var rows = await session.Query<Client>().Where(c => c.MergedInto == null).OrderBy(c => c.Id).Take(PageSize + 1).ToListAsync();
    if (logged) await AccessLog.RecordAsync(session, http, rows.Take(PageSize).Select(c => c.Id), "search", CancellationToken.None);
    return watch.Elapsed.TotalMilliseconds;
}

foreach (var logged in new[] { false, true, false, true })
{
    var timings = new List<double>();
    for (var i = 0; i < requests + 50; i++)
    {
        var ms = await ListAsync(logged);
        if (i >= 50) timings.Add(ms); // warm-up: pool, plan cache, buffers
    }

    timings.Sort();
    double P(double p) => timings[(int)Math.Min(timings.Count - 1, Math.Floor(p * timings.Count))];
    Console.WriteLine($"page={PageSize} logged={logged} requests={timings.Count} median={P(0.5):0.00} ms p95={P(0.95):0.00} ms max={timings[^1]:0.00} ms");
}
