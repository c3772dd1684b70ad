using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;
using Wolverine;
using Wolverine.Tracking;
using static Cpic.Api.Tests.Imports.ImportKit;

namespace Cpic.Api.Tests.Imports;

/// <summary>
/// A centre's history imported through the API: clients with residence statuses from CSV, services from NDJSON naming
/// the clients by their source ids; each row checked as the API checks it, reported, never imported twice, and the
/// services counted by Monitoring as recorded ones are.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class ClientAndServiceImportTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);
    private readonly HttpClient _analyst = app.ClientFor(null, Roles.MinistryAnalyst);

    private const string ClientsCsv = """
        sourceId;workplace;givenNames;surname;birthDate;sex;nationality;languages;contact.town;residence.category;residence.validFrom;residence.validUntil;residence.documentNumber
        OLD-1;LBC-LIB;Olena;Kovalenko;1988-05-12;female;UA;uk|ru;Liberec;temporary-protection;2025-03-01;2027-03-31;EB1234567
        OLD-2;LBC-LIB;Nguyen Van;Anh;1979-11-02;male;VN;vi;;;;;
        OLD-3;LBC-LIB;Ivan;Petrov;1990-01-01;male;XX;;;;;;
        OLD-4;LBC-LIB;Maria;Popescu;2091-01-01;female;RO;;;permanent-residence;2020-01-01;2019-01-01;
        """;

    public async Task InitializeAsync()
    {
        await app.ResetAsync();
        await app.TruncateFactsAsync();
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Clients_are_imported_matched_or_refused_per_row_and_a_second_upload_imports_nothing_twice()
    {
        var existing = await (await app.AndWaitForMessages(() => _head.PostAsJsonAsync("/api/v1/clients", new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = "Nguyen Van", surname = "Anh", birthDate = "1979-11-02",
            sex = "male", nationality = "VN",
        }))).ShouldBe(HttpStatusCode.Created);

        var job = await app.ImportAsync(_head, ClientImports, ClientsCsv);

        job.GetProperty("status").GetString().Should().Be("completed");
        job.GetProperty("total").GetInt32().Should().Be(4);
        job.GetProperty("processed").GetInt32().Should().Be(4);
        job.Counts().Should().Be((1, 1, 0, 2));
        var rows = await _head.Rows(ClientImports, job);
        rows[1].GetProperty("outcome").GetString().Should().Be("matched");
        rows[1].GetProperty("targetId").GetGuid().Should().Be(existing.GetProperty("id").GetGuid());
        var refused = await _head.Rows(ClientImports, job, "refused");
        refused.EnumerateArray().Select(r => r.GetProperty("line").GetInt32()).Should().Equal(4, 5);
        refused[0].GetProperty("errors").GetProperty("nationality").GetArrayLength().Should().Be(1);
        refused[1].GetProperty("errors").EnumerateObject().Select(e => e.Name).Should()
            .BeEquivalentTo("birthDate", "residenceStatuses[0].validUntil");

        var imported = await (await _head.GetAsync($"/api/v1/clients/{rows[0].GetProperty("targetId").GetGuid()}")).ShouldBe(HttpStatusCode.OK);
        imported.GetProperty("code").GetString().Should().StartWith("LBC-");
        imported.GetProperty("currentResidence").GetProperty("category").GetString().Should().Be("temporary-protection");
        imported.GetProperty("currentResidence").GetProperty("documentNumber").GetString().Should().Be("***567");

        var again = await app.ImportAsync(_head, ClientImports, ClientsCsv);
        again.Counts().Should().Be((0, 0, 2, 2));
        (await _head.Rows(ClientImports, again, "already-imported"))[0].GetProperty("targetId").GetGuid()
            .Should().Be(rows[0].GetProperty("targetId").GetGuid());
    }

    [Fact]
    public async Task Imported_services_name_clients_by_source_id_and_reach_the_statistics()
    {
        await app.ImportAsync(_head, ClientImports, ClientsCsv);
        var services = string.Join('\n', Service("S-1", "OLD-1"), Service("S-2", "OLD-2"), Service("S-3", "OLD-1"),
            Service("S-4", "NOT-THERE"), """{"sourceId": "S-5", "clientSourceIds": ["OLD-1"], "minutes": "long"}""");

        var job = await app.ImportAsync(_head, ServiceImports, services, "application/x-ndjson");

        job.Counts().Should().Be((3, 0, 0, 2));
        var refused = await _head.Rows(ServiceImports, job, "refused");
        refused[0].GetProperty("errors").GetProperty("clientSourceIds[0]").GetArrayLength().Should().Be(1);
        refused[1].GetProperty("errors").GetProperty("minutes").GetArrayLength().Should().Be(1);
        (await Totals()).Should().Be((2, 3));

        (await app.ImportAsync(_head, ServiceImports, services, "application/x-ndjson")).Counts().Should().Be((0, 0, 3, 2));
        (await Totals()).Should().Be((2, 3));
    }

    [Fact]
    public async Task An_imported_status_that_ends_soon_publishes_ResidenceExpiring_as_a_recorded_one_does()
    {
        var until = DateOnly.Parse(Today, CultureInfo.InvariantCulture).AddDays(10);
        var csv = "sourceId,workplace,givenNames,surname,birthDate,sex,nationality,residence.category,residence.validFrom,residence.validUntil\n" +
                  $"EXP-1,LBC-LIB,Olena,Expiring,1988-05-12,female,UA,temporary-protection,2025-03-01,{until:yyyy-MM-dd}";

        var tracked = await app.Tracking().ExecuteAndWaitAsync((Func<IMessageContext, Task>)(_ => _head.Upload(ClientImports, csv, "text/csv")));

        tracked.Sent.MessagesOf<ResidenceExpiring>().Should().ContainSingle().Which.ValidUntil.Should().Be(until);
    }

    [Fact]
    public async Task The_sample_files_of_the_documentation_import_without_refusals()
    {
        var clients = await app.ImportAsync(_head, ClientImports, await File.ReadAllTextAsync(Repository.PathOf("docs", "samples", "clients.csv")));
        var services = await app.ImportAsync(_head, ServiceImports,
            await File.ReadAllTextAsync(Repository.PathOf("docs", "samples", "services.ndjson")), "application/x-ndjson");

        clients.Counts().Should().Be((2, 0, 0, 0));
        services.Counts().Should().Be((3, 0, 0, 0));
    }

    private static string Service(string sourceId, string client) => JsonSerializer.Serialize(new
    {
        sourceId, clientSourceIds = new[] { client }, date = Today, minutes = 30, serviceType = "social-counselling",
        form = "office", workplace = "LBC-LIB", place = new { type = "workplace" }, topics = new[] { "residence" },
    });

    private async Task<(int Clients, int Services)> Totals()
    {
        var statistics = await (await _analyst.GetAsync($"/api/v1/monitoring/statistics?from={Today}&to={Today}&centre=LBC"))
            .ShouldBe(HttpStatusCode.OK);
        var totals = statistics.GetProperty("totals");
        return (totals.GetProperty("clients").GetInt32(), totals.GetProperty("services").GetInt32());
    }
}
