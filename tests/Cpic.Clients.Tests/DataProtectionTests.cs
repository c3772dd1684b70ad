using System.Net;
using System.Net.Http.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Features.Retention;
using Cpic.Counselling.Contracts;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;

namespace Cpic.Clients.Tests;

[Collection(ClientsCollection.Name)]
public sealed class DataProtectionTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);
    private readonly HttpClient _head = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task Anonymising_erases_the_name_from_record_and_history_but_keeps_statistics()
    {
        var client = await _counsellor.Register(ClientRequests.Person("Halyna", "Tkachenko", birthDate: "1987-06-30"));
        await _counsellor.PostAsJsonAsync($"/api/v1/clients/{client.Id()}/residence-statuses",
            new { category = "asylum", documentNumber = "AZ998877", validFrom = "2024-01-10" });

        var response = await app.AndWaitForMessages(() => _head.PostAsJsonAsync(
            $"/api/v1/clients/{client.Id()}/anonymisation", new { reason = "žádost klientky" }));

        await response.ShouldBe(HttpStatusCode.NoContent);
        var (record, _) = await _counsellor.Read(client.Id());
        var text = record.GetRawText() + await _counsellor.GetStringAsync($"/api/v1/clients/{client.Id()}/history");
        text.Should().NotContain("Tkachenko").And.NotContain("Halyna").And.NotContain("AZ998877")
            .And.NotContain("1987-06-30").And.NotContain("777 123");
        record.GetProperty("birthYearBand").GetString().Should().Be("1985-1989");
        record.GetProperty("details").GetProperty("nationality").GetString().Should().Be("UA");
        record.GetProperty("details").GetProperty("sex").GetString().Should().Be("female");
        record.GetProperty("details").GetProperty("contact").GetProperty("region").GetString().Should().Be("CZ051");
        record.GetProperty("currentResidence").GetProperty("category").GetString().Should().Be("asylum");
        await (await _counsellor.Update(client.Id(), ClientRequests.Person(), "\"3\"")).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Anonymising_a_surviving_record_erases_the_records_merged_into_it_too()
    {
        var survivor = await _counsellor.Register(ClientRequests.Person("Oleh", "Bondar"));
        var duplicate = await _counsellor.Register(ClientRequests.Person("Oleg", "Bondarenko"));
        var older = await _counsellor.Register(ClientRequests.Person("Olegg", "Bondarchuk"));
        await (await _head.PostAsJsonAsync($"/api/v1/clients/{duplicate.Id()}/merge", new { mergedClientId = older.Id() })).ShouldBe(HttpStatusCode.OK);
        await (await _head.PostAsJsonAsync($"/api/v1/clients/{survivor.Id()}/merge", new { mergedClientId = duplicate.Id() })).ShouldBe(HttpStatusCode.OK);
        (await _counsellor.GetStringAsync($"/api/v1/clients/{survivor.Id()}/history")).Should().Contain("Bondarchuk",
            "the history of a survivor includes records merged into its merged records");

        var response = await app.AndWaitForMessages(() => _head.PostAsync($"/api/v1/clients/{survivor.Id()}/anonymisation", null));

        await response.ShouldBe(HttpStatusCode.NoContent);
        var text = await _counsellor.GetStringAsync($"/api/v1/clients/{survivor.Id()}/history")
            + await _counsellor.GetStringAsync($"/api/v1/clients/{duplicate.Id()}")
            + await _counsellor.GetStringAsync($"/api/v1/clients/{older.Id()}")
            + await _counsellor.GetStringAsync($"/api/v1/clients/{survivor.Id()}/export");
        text.Should().NotContain("Bondar").And.NotContain("Oleg").And.NotContain("777 123");
        await (await _head.PostAsync($"/api/v1/clients/{survivor.Id()}/anonymisation", null)).ShouldBeProblem(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Anonymising_a_survivor_moves_the_version_of_a_merged_record_on()
    {
        var survivor = await _counsellor.Register(ClientRequests.Person("Ivan", "Kovalenko"));
        var merged = await _counsellor.Register(ClientRequests.Person("Ivan", "Kovalenko"));
        await (await _counsellor.PostAsJsonAsync($"/api/v1/clients/{merged.Id()}/consents",
            new { purpose = "photo", givenOn = "2026-01-05" })).ShouldBe(HttpStatusCode.Created);
        await (await _head.PostAsJsonAsync($"/api/v1/clients/{survivor.Id()}/merge", new { mergedClientId = merged.Id() })).ShouldBe(HttpStatusCode.OK);
        (await _counsellor.Read(merged.Id())).ETag.Should().Be("\"3\"");

        await (await app.AndWaitForMessages(() => _head.PostAsync($"/api/v1/clients/{survivor.Id()}/anonymisation", null)))
            .ShouldBe(HttpStatusCode.NoContent);

        var (record, etag) = await _counsellor.Read(merged.Id());
        etag.Should().Be("\"4\"");
        record.GetProperty("version").GetInt64().Should().Be(4);
        record.GetProperty("anonymisedAt").GetDateTimeOffset().Should().BeCloseTo(DateTimeOffset.UtcNow, TimeSpan.FromMinutes(1));
        var history = await (await _counsellor.GetAsync($"/api/v1/clients/{merged.Id()}/history")).ShouldBe(HttpStatusCode.OK);
        history.EnumerateArray().Select(e => e.GetProperty("version").GetInt64()).Should().Equal(1, 2, 3, 4);
    }

    [Fact]
    public async Task Only_the_centre_head_anonymises_on_request()
    {
        var client = await _counsellor.Register(ClientRequests.Person());
        (await _counsellor.PostAsJsonAsync($"/api/v1/clients/{client.Id()}/anonymisation", new { }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_retention_job_anonymises_records_inactive_for_the_configured_years()
    {
        var client = await _counsellor.Register(ClientRequests.Person("Petro", "Marchenko"));
        using var scope = app.Services.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        var today = DateOnly.FromDateTime(DateTime.UtcNow);

        await app.AndWaitForMessages(async () => { await bus.InvokeAsync(new ApplyRetentionPolicy(today)); return 0; });
        (await _counsellor.Read(client.Id())).Body.GetProperty("anonymisedAt").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);

        await app.AndWaitForMessages(async () => { await bus.InvokeAsync(new ApplyRetentionPolicy(today.AddYears(11))); return 0; });
        var (record, _) = await _counsellor.Read(client.Id());
        record.GetProperty("anonymisedAt").ValueKind.Should().NotBe(System.Text.Json.JsonValueKind.Null);
        (await _counsellor.GetStringAsync($"/api/v1/clients/{client.Id()}/history")).Should().NotContain("Marchenko");
    }

    [Fact]
    public async Task The_retention_period_runs_from_the_last_service_reported_by_counselling()
    {
        var client = await _counsellor.Register(ClientRequests.Person("Vira", "Savchenko"));
        using var scope = app.Services.CreateScope();
        var bus = scope.ServiceProvider.GetRequiredService<IMessageBus>();
        var served = DateOnly.FromDateTime(DateTime.UtcNow).AddYears(5);
        await app.AndWaitForMessages(async () =>
        {
            await bus.PublishAsync(new ServiceRecorded(Guid.CreateVersion7(), "LBC", "LBC-LIB", served, 30, "social-counselling",
                "office", "workplace", null, [], null, false, [client.Id()], null, null), new DeliveryOptions { TenantId = "LBC" });
            return 0;
        });

        await app.AndWaitForMessages(async () => { await bus.InvokeAsync(new ApplyRetentionPolicy(served.AddYears(9))); return 0; });
        (await _counsellor.Read(client.Id())).Body.GetProperty("anonymisedAt").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null,
            "the service five years on keeps the record for ten years from then");

        await app.AndWaitForMessages(async () => { await bus.InvokeAsync(new ApplyRetentionPolicy(served.AddYears(11))); return 0; });
        (await _counsellor.Read(client.Id())).Body.GetProperty("anonymisedAt").ValueKind.Should().NotBe(System.Text.Json.JsonValueKind.Null);
    }

    [Fact]
    public async Task Reads_and_exports_are_in_the_access_log_for_the_centre_head()
    {
        var client = await _counsellor.Register(ClientRequests.Person());
        var read = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/clients/{client.Id()}");
        read.Headers.Add("X-Access-Reason", "příprava na konzultaci");
        await (await _counsellor.SendAsync(read)).ShouldBe(HttpStatusCode.OK);
        var export = await (await _counsellor.GetAsync($"/api/v1/clients/{client.Id()}/export")).ShouldBe(HttpStatusCode.OK);
        export.GetProperty("client").GetProperty("details").GetProperty("contact").GetProperty("email").GetString()
            .Should().Be("klientka@example.org");
        export.GetProperty("history").GetArrayLength().Should().Be(1);

        var log = await (await _head.GetAsync($"/api/v1/clients/access-log?clientId={client.Id()}")).ShouldBe(HttpStatusCode.OK);

        var entries = log.GetProperty("items").EnumerateArray().ToList();
        entries.Select(e => e.GetProperty("action").GetString()).Should().Equal("read", "export");
        entries[0].GetProperty("user").GetString().Should().Be("test-counsellor");
        entries[0].GetProperty("reason").GetString().Should().Be("příprava na konzultaci");
        (await _counsellor.GetAsync("/api/v1/clients/access-log")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var otherHead = app.ClientFor("PHA", Roles.CentreHead);
        var otherLog = await (await otherHead.GetAsync("/api/v1/clients/access-log")).ShouldBe(HttpStatusCode.OK);
        otherLog.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData(Roles.Counsellor, true)]
    [InlineData(Roles.CentreHead, true)]
    [InlineData(Roles.Lecturer, false)]
    [InlineData(Roles.Integrator, false)]
    public async Task The_export_holds_protected_service_notes_only_for_counsellors_and_centre_heads(string role, bool seesNotes)
    {
        var client = await app.AndWaitForMessages(() => _counsellor.Register(ClientRequests.Person()));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow,
            TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague")));
        object Service(string notes) => new
        {
            clientIds = new[] { client.Id() }, date = today.ToString("yyyy-MM-dd"), minutes = 45, serviceType = "social-counselling",
            form = "office", workplace = "LBC-LIB", place = new { type = "workplace" }, topics = new[] { "housing" }, notes,
        };
        var recorded = await (await _counsellor.PostAsJsonAsync("/api/v1/counselling/services", Service("Protected: first")))
            .ShouldBe(HttpStatusCode.Created);
        var correction = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/counselling/services/{recorded.Id()}")
        {
            Content = JsonContent.Create(Service("Protected: second")),
        };
        correction.Headers.IfMatch.Add(new("\"1\""));
        await (await _counsellor.SendAsync(correction)).ShouldBe(HttpStatusCode.OK);

        var export = await (await app.ClientFor("LBC", role).GetAsync($"/api/v1/clients/{client.Id()}/export")).ShouldBe(HttpStatusCode.OK);

        var counselling = export.GetProperty("sections").GetProperty("counselling").GetRawText();
        counselling.Should().Contain("\"minutes\":45", "the services are in the export for every staff role");
        (counselling.Contains("Protected: first") || counselling.Contains("Protected: second")).Should().Be(seesNotes);
        if (seesNotes)
        {
            counselling.Should().Contain("Protected: first", "the history keeps the notes of the first revision")
                .And.Contain("Protected: second");
        }
    }

    [Fact]
    public async Task The_export_counts_the_other_participants_of_a_group_service_and_withholds_its_shared_notes()
    {
        var subject = await app.AndWaitForMessages(() => _counsellor.Register(ClientRequests.Person("Anna", "Subjektová")));
        var other = await app.AndWaitForMessages(() => _counsellor.Register(ClientRequests.Person("Olha", "Spoluúčastnice")));
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow,
            TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague"))).ToString("yyyy-MM-dd");
        object Service(Guid[] clientIds, string text) => new
        {
            clientIds, date = today, minutes = 60, serviceType = "social-counselling", form = "office", workplace = "LBC-LIB",
            place = new { type = "workplace" }, topics = new[] { "housing" }, notes = text, outcome = text,
        };
        await (await _counsellor.PostAsJsonAsync("/api/v1/counselling/services",
            Service([subject.Id(), other.Id()], "Shared: Olha cried"))).ShouldBe(HttpStatusCode.Created);
        await (await _counsellor.PostAsJsonAsync("/api/v1/counselling/services",
            Service([subject.Id()], "Own: Anna only"))).ShouldBe(HttpStatusCode.Created);

        var export = await (await _head.GetAsync($"/api/v1/clients/{subject.Id()}/export")).ShouldBe(HttpStatusCode.OK);

        var text = export.GetRawText();
        text.Should().NotContain(other.Id().ToString()).And.NotContain("Olha").And.NotContain("Shared:");
        var services = export.GetProperty("sections").GetProperty("counselling").GetProperty("services").EnumerateArray()
            .ToDictionary(s => s.GetProperty("otherParticipants").GetInt32());
        services[1].GetProperty("withheld").EnumerateArray().Select(w => w.GetString()).Should().Equal("notes", "outcome");
        services[1].GetProperty("record").GetProperty("details").GetProperty("clientIds").EnumerateArray()
            .Select(c => c.GetGuid()).Should().Equal(subject.Id());
        services[0].GetProperty("withheld").GetArrayLength().Should().Be(0);
        services[0].GetProperty("record").GetProperty("details").GetProperty("notes").GetString().Should().Be("Own: Anna only");
    }

    [Fact]
    public async Task Event_contacts_list_only_clients_with_an_active_consent()
    {
        var consenting = await _counsellor.Register(ClientRequests.Person(surname: "Souhlasna"));
        var withdrawn = await _counsellor.Register(ClientRequests.Person(surname: "Odvolala"));
        await _counsellor.Register(ClientRequests.Person(surname: "Nesouhlasila"));
        foreach (var client in new[] { consenting, withdrawn })
        {
            await (await _counsellor.PostAsJsonAsync($"/api/v1/clients/{client.Id()}/consents",
                new { purpose = "contact-for-events", givenOn = "2026-01-05" })).ShouldBe(HttpStatusCode.Created);
        }

        await (await _counsellor.PostAsJsonAsync($"/api/v1/clients/{withdrawn.Id()}/consents/contact-for-events/withdrawal",
            new { withdrawnOn = "2026-02-01" })).ShouldBe(HttpStatusCode.OK);

        var contacts = await (await _counsellor.GetAsync("/api/v1/clients/event-contacts")).ShouldBe(HttpStatusCode.OK);
        contacts.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("surname").GetString()).Should().Equal("Souhlasna");
        await (await _counsellor.PostAsJsonAsync($"/api/v1/clients/{consenting.Id()}/consents",
            new { purpose = "newsletter", givenOn = "2026-01-05" })).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
    }
}
