using System.Diagnostics;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Npgsql;
using Xunit.Abstractions;

namespace Cpic.Faults.Tests;

/// <summary>
/// A bulk import whose host is killed (<c>kill -9</c>) in the middle of its services job continues when a host starts
/// again (docs/imports.md): every row once, no record twice, and Monitoring's figures exact.
/// </summary>
[Collection(FaultCollection.Name)]
public sealed class ImportResumeTests(FaultCluster cluster, ITestOutputHelper output)
{
    private const int Clients = 100, Services = 3000;

    [Fact]
    public async Task A_services_import_killed_mid_job_completes_after_a_restart_with_every_row_once()
    {
        var database = await cluster.Server.CreateDatabaseAsync($"faults_{Guid.NewGuid():N}");
        await using var data = NpgsqlDataSource.Create(database);
        var first = await HostNode.StartAsync(database);
        var clients = await ImportAsync(first, "/api/v1/clients/imports", "text/csv", ClientsCsv());
        (await WaitAsync(first, clients, _ => false)).Should().Be((Clients, Clients));
        await Until(async () => await Verdicts.CountAsync(data, "select count(*) from counselling.mt_doc_knownclient") == Clients);

        var services = await ImportAsync(first, "/api/v1/counselling/imports", "application/x-ndjson", ServicesNdjson());
        var (processed, _) = await WaitAsync(first, services, p => p >= 500);
        processed.Should().BeLessThan(Services, "the host is killed in the middle of the job");
        await first.KillAsync();
        var clock = Stopwatch.StartNew();
        await using var second = await HostNode.StartAsync(database);
        (await WaitAsync(second, services, _ => false)).Should().Be((Services, Services));
        output.WriteLine($"killed at {processed} of {Services} rows; completed {clock.Elapsed.TotalSeconds:F1} s after the kill");

        (await Verdicts.CountAsync(data, "select count(*) from counselling.mt_doc_servicerecord")).Should().Be(Services);
        (await Verdicts.CountAsync(data, "select count(*) from imports.mt_doc_importedrecord")).Should().Be(Clients + Services);
        await Until(async () => await Verdicts.CountAsync(data, "select count(*) from monitoring.service_facts") == Services);
        (await Verdicts.CountAsync(data, "select count(distinct service_id) from monitoring.service_facts")).Should().Be(Services);
        var totals = JsonDocument.Parse(await Http(second, Roles.MinistryAnalyst, null).GetStringAsync(
            $"/api/v1/monitoring/statistics?from={Verdicts.Today:yyyy-MM-dd}&to={Verdicts.Today:yyyy-MM-dd}&centre=LBC")).RootElement.GetProperty("totals");
        (totals.GetProperty("clients").GetInt64(), totals.GetProperty("services").GetInt64()).Should().Be((Clients, Services));
    }

    private static string ClientsCsv() => "sourceId,workplace,givenNames,surname,birthYear,sex,nationality\n" + string.Join('\n',
        Enumerable.Range(0, Clients).Select(i => $"C-{i},LBC-LIB,Resume,Client{i:D4},{1950 + i % 50},{(i % 2 == 0 ? "female" : "male")},VN"));

    private static string ServicesNdjson() => string.Join('\n', Enumerable.Range(0, Services).Select(i => JsonSerializer.Serialize(new
    {
        sourceId = $"S-{i}", clientSourceIds = new[] { $"C-{i % Clients}" }, date = Verdicts.Today, minutes = 30,
        serviceType = "social-counselling", form = "office", workplace = "LBC-LIB", place = new { type = "workplace" },
        topics = new[] { "residence" },
    })));

    private static async Task<Uri> ImportAsync(HostNode node, string path, string contentType, string body)
    {
        using var response = await Http(node, Roles.CentreHead, "LBC").PostAsync(path, new StringContent(body, Encoding.UTF8, contentType));
        response.StatusCode.Should().Be(HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        return response.Headers.Location!;
    }

    /// <summary>Polls the job until it completes or <paramref name="enough"/> rows are processed: (processed, imported).</summary>
    private static async Task<(int Processed, int Imported)> WaitAsync(HostNode node, Uri job, Func<int, bool> enough)
    {
        var http = Http(node, Roles.CentreHead, "LBC");
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromMinutes(3))
        {
            var state = JsonDocument.Parse(await http.GetStringAsync(job)).RootElement;
            var processed = state.GetProperty("processed").GetInt32();
            if (state.GetProperty("status").GetString() == "completed" || enough(processed))
            {
                return (processed, state.GetProperty("counts").GetProperty("imported").GetInt32());
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The job {job} did not complete in 3 minutes.");
    }

    private static async Task Until(Func<Task<bool>> done)
    {
        var clock = Stopwatch.StartNew();
        while (!await done())
        {
            if (clock.Elapsed > TimeSpan.FromMinutes(2)) throw new TimeoutException("Not caught up in 2 minutes.");
            await Task.Delay(200);
        }
    }

    private static HttpClient Http(HostNode node, string role, string? centre) => new()
    {
        BaseAddress = node.Address,
        DefaultRequestHeaders = { Authorization = new AuthenticationHeaderValue("Bearer", Scenario.Token(role, centre)) },
    };
}
