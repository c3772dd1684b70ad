using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;

namespace Cpic.Counselling.Tests;

/// <summary>The module's own copy of clients, fed by the Clients module's events.</summary>
[Collection(CounsellingCollection.Name)]
public sealed class ClientReadModelTests(CpicApp app)
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    private static string Timeline(Guid client) => $"/api/v1/counselling/clients/{client}/services";

    [Fact]
    public async Task The_timeline_of_a_client_of_another_centre_or_an_unknown_client_is_not_found()
    {
        var plzenClient = await app.RegisterClientAsync("PLK");
        await (await _counsellor.GetAsync(Timeline(plzenClient))).ShouldBeProblem(HttpStatusCode.NotFound);
        await (await _counsellor.GetAsync(Timeline(Guid.NewGuid()))).ShouldBeProblem(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Merging_clients_moves_the_services_to_the_surviving_client_and_refuses_the_merged_id()
    {
        var survivor = await app.RegisterClientAsync();
        var merged = await app.RegisterClientAsync();
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(merged))).GetProperty("id").GetGuid();
        var referral = await app.RecordReferralAsync(_counsellor, new { clientId = merged, direction = "incoming",
            partnerType = "ngo", partnerName = "Charita", reason = "Housing", date = ServiceBody.Today.ToString("yyyy-MM-dd") });

        await app.PublishFromClientsAsync(new ClientsMerged(survivor, merged, "LBC"), "LBC");

        var service = await (await _counsellor.GetAsync($"{CounsellingKit.Services}/{id}")).ShouldBe(HttpStatusCode.OK);
        service.GetProperty("clientIds")[0].GetGuid().Should().Be(survivor);
        service.GetProperty("version").GetInt32().Should().Be(2, "a copy read before the merge is stale now");
        var timeline = await (await _counsellor.GetAsync(Timeline(survivor))).ShouldBe(HttpStatusCode.OK);
        timeline.GetProperty("items")[0].GetProperty("serviceId").GetGuid().Should().Be(id);
        var problem = await (await _counsellor.PostJson(CounsellingKit.Services, ServiceBody.For(merged)))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").GetProperty("clientIds[0]")[0].GetString().Should().Contain(survivor.ToString());
        (await (await _counsellor.GetAsync($"/api/v1/counselling/referrals/{referral}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("clientId").GetGuid().Should().Be(survivor);
    }

    [Fact]
    public async Task A_registration_handled_late_or_twice_does_not_revive_a_merged_client()
    {
        var survivor = await app.RegisterClientAsync();
        var merged = Guid.CreateVersion7();
        var registered = new ClientRegistered(merged, "LBC", "LBC-LIB", "LBC-LATE-1", false, "M", 1980, "VN", ServiceBody.Today);

        await app.PublishFromClientsAsync(new ClientsMerged(survivor, merged, "LBC"), "LBC");
        await app.PublishFromClientsAsync(registered, "LBC");
        await app.PublishFromClientsAsync(registered, "LBC");

        var problem = await (await _counsellor.PostJson(CounsellingKit.Services, ServiceBody.For(merged)))
            .ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").GetProperty("clientIds[0]")[0].GetString().Should().Contain(survivor.ToString());
    }

    [Fact]
    public async Task Services_of_an_anonymised_client_stay_listed_and_countable_without_their_free_text()
    {
        var client = await app.RegisterClientAsync();
        var service = await app.RecordAsync(_counsellor, ServiceBody.For(client));
        var referral = await app.RecordReferralAsync(_counsellor, new { clientId = client, direction = "outgoing",
            partnerType = "health-care", partnerName = "KNL", reason = "Pregnancy check", date = ServiceBody.Today.ToString("yyyy-MM-dd") });
        var (opened, _) = await app.TrackAsync(() => _counsellor.PostJson("/api/v1/counselling/cases", new { clientId = client,
            workplace = "LBC-LIB", openedOn = ServiceBody.Today.ToString("yyyy-MM-dd"), goal = "Treatment of a chronic illness" }));
        var @case = (await opened.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        await app.PublishFromClientsAsync(new ClientAnonymised(client, "LBC"), "LBC");

        (await (await _counsellor.GetAsync($"/api/v1/counselling/referrals/{referral}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("reason").GetString().Should().Be("[erased]");
        (await (await _counsellor.GetAsync($"/api/v1/counselling/cases/{@case}")).ShouldBe(HttpStatusCode.OK))
            .GetProperty("goal").GetString().Should().Be("[erased]");

        var record = await (await _counsellor.GetAsync($"{CounsellingKit.Services}/{service.GetProperty("id").GetGuid()}")).ShouldBe(HttpStatusCode.OK);
        record.ToString().Should().NotContain("Protected: family situation").And.NotContain("Explained the extension",
            "outcome and notes may describe the person and are erased with the client's personal data");

        var list = await (await _counsellor.GetAsync($"{CounsellingKit.Services}?clientId={client}")).ShouldBe(HttpStatusCode.OK);
        list.GetProperty("items").GetArrayLength().Should().Be(1);
        var timeline = await (await _counsellor.GetAsync(Timeline(client))).ShouldBe(HttpStatusCode.OK);
        timeline.GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task An_anonymised_client_takes_no_new_records_and_its_services_no_new_free_text()
    {
        var client = await app.RegisterClientAsync();
        var other = await app.RegisterClientAsync();
        var id = (await app.RecordAsync(_counsellor, ServiceBody.For(client))).GetProperty("id").GetGuid();
        var today = ServiceBody.Today.ToString("yyyy-MM-dd");
        var referral = await app.RecordReferralAsync(_counsellor, new { clientId = client, direction = "outgoing",
            partnerType = "ngo", partnerName = "Charita", reason = "Housing", date = today });
        var (opened, _) = await app.TrackAsync(() => _counsellor.PostJson("/api/v1/counselling/cases",
            new { clientId = client, workplace = "LBC-LIB", openedOn = today, goal = "Find a flat" }));
        var @case = (await opened.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        await app.PublishFromClientsAsync(new ClientAnonymised(client, "LBC"), "LBC");

        async Task Refused(HttpResponseMessage response, string field) =>
            (await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity)).GetProperty("errors").GetProperty(field)[0]
                .GetString().Should().Contain(client.ToString()).And.Contain("anonymised");
        await Refused(await _counsellor.PostJson(CounsellingKit.Services, ServiceBody.For(client)), "clientIds[0]");
        await Refused(await _counsellor.PostJson(CounsellingKit.Services, ServiceBody.For(other) with { ClientIds = [other, client] }),
            "clientIds[1]");
        await Refused(await _counsellor.PostJson("/api/v1/counselling/cases",
            new { clientId = client, workplace = "LBC-LIB", openedOn = today, goal = "Find a flat" }), "clientId");
        await Refused(await _counsellor.PostJson("/api/v1/counselling/referrals", new { clientId = client, direction = "outgoing",
            partnerType = "ngo", partnerName = "Charita", reason = "Housing", date = today }), "clientId");
        await Refused(await _counsellor.SendWithIfMatch(HttpMethod.Put, $"/api/v1/counselling/cases/{@case}/plan",
            new { goal = "Find a flat near the school", steps = Array.Empty<object>() }, "\"2\""), "goal");
        await Refused(await _counsellor.SendWithIfMatch(HttpMethod.Post, $"/api/v1/counselling/referrals/{referral}/status",
            new { status = "accepted", feedback = "Moved in with her sister" }, "\"2\""), "feedback");
        await (await _counsellor.SendWithIfMatch(HttpMethod.Post, $"/api/v1/counselling/referrals/{referral}/status",
            new { status = "accepted" }, "\"2\"")).ShouldBe(HttpStatusCode.OK);
        var url = $"{CounsellingKit.Services}/{id}";
        await Refused(await _counsellor.SendWithIfMatch(HttpMethod.Put, url, ServiceBody.For(client) with { Notes = null }, "\"2\""),
            "clientIds[0]");
        await Refused(await _counsellor.SendWithIfMatch(HttpMethod.Put, url, ServiceBody.For(client) with { Outcome = null }, "\"2\""),
            "clientIds[0]");

        var corrected = await (await _counsellor.SendWithIfMatch(HttpMethod.Put, url,
            ServiceBody.For(client) with { Minutes = 60, Outcome = null, Notes = null }, "\"2\"")).ShouldBe(HttpStatusCode.OK);
        corrected.GetProperty("minutes").GetInt32().Should().Be(60, "its codes may still be corrected, and it stays countable");
        await (await _counsellor.PostJson(CounsellingKit.Services, ServiceBody.For(other))).ShouldBe(HttpStatusCode.Created);
    }

    [Fact]
    public async Task An_anonymous_client_can_be_served_before_and_after_being_identified()
    {
        var id = Guid.CreateVersion7();
        await app.PublishFromClientsAsync(new ClientRegistered(id, "LBC", "LBC-CL", "LBC-ANON-1", true, null, null, null, ServiceBody.Today), "LBC");
        await app.RecordAsync(_counsellor, ServiceBody.For(id));

        await app.PublishFromClientsAsync(new ClientIdentified(id, "LBC"), "LBC");
        await app.RecordAsync(_counsellor, ServiceBody.For(id));

        var timeline = await (await _counsellor.GetAsync(Timeline(id))).ShouldBe(HttpStatusCode.OK);
        timeline.GetProperty("items").GetArrayLength().Should().Be(2);
    }
}
