using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;

namespace Cpic.Counselling.Tests;

[Collection(CounsellingCollection.Name)]
public sealed class ListingTests(CpicApp app)
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    private async Task<Guid[]> Ids(string query)
    {
        var page = await (await _counsellor.GetAsync($"{CounsellingKit.Services}?{query}")).ShouldBe(HttpStatusCode.OK);
        return [.. page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("id").GetGuid())];
    }

    private static Guid Id(JsonElement service) => service.GetProperty("id").GetGuid();

    [Fact]
    public async Task Services_are_filtered_by_client_worker_dates_type_form_place_and_topic()
    {
        var worker = $"worker-{Guid.NewGuid():N}";
        var client = await app.RegisterClientAsync();
        var other = await app.RegisterClientAsync();
        var office = Id(await app.RecordAsync(_counsellor, ServiceBody.For(client, worker).On(ServiceBody.Today.AddDays(-3))));
        var field = Id(await app.RecordAsync(_counsellor, ServiceBody.For(client, worker).InTheField() with
        {
            ServiceType = "legal-counselling", Topics = ["labour-market"],
        }));
        var otherClient = Id(await app.RecordAsync(_counsellor, ServiceBody.For(other, worker) with { Form = "remote" }));

        (await Ids($"worker={worker}")).Should().Equal(otherClient, field, office);
        (await Ids($"worker={worker}&clientId={client}")).Should().Equal(field, office);
        (await Ids($"worker={worker}&to={ServiceBody.Today.AddDays(-1):yyyy-MM-dd}")).Should().Equal(office);
        (await Ids($"worker={worker}&from={ServiceBody.Today:yyyy-MM-dd}")).Should().Equal(otherClient, field);
        (await Ids($"worker={worker}&serviceType=legal-counselling")).Should().Equal(field);
        (await Ids($"worker={worker}&form=remote")).Should().Equal(otherClient);
        (await Ids($"worker={worker}&placeType=dormitory&town=Česká Lípa")).Should().Equal(field);
        (await Ids($"worker={worker}&town=ČESKÁ lípa")).Should().Equal(field);
        (await Ids($"worker={worker}&workplace=LBC-CL")).Should().Equal(field);
        (await Ids($"worker={worker}&topic=housing")).Should().Equal(otherClient, office);
    }

    [Fact]
    public async Task Keyset_paging_walks_every_service_once_through_the_next_links()
    {
        var worker = $"worker-{Guid.NewGuid():N}";
        var client = await app.RegisterClientAsync();
        var recorded = new List<Guid>();
        for (var day = 0; day < 5; day++)
        {
            recorded.Add(Id(await app.RecordAsync(_counsellor, ServiceBody.For(client, worker).On(ServiceBody.Today.AddDays(-day)))));
        }

        var seen = new List<Guid>();
        string? next = $"{CounsellingKit.Services}?worker={worker}&limit=2";
        while (next is not null)
        {
            var page = await (await _counsellor.GetAsync(next)).ShouldBe(HttpStatusCode.OK);
            seen.AddRange(page.GetProperty("items").EnumerateArray().Select(Id));
            next = page.GetProperty("next").GetString();
        }

        seen.Should().Equal(recorded);
    }

    [Fact]
    public async Task A_tampered_cursor_is_a_400_and_a_limit_out_of_range_a_422()
    {
        await (await _counsellor.GetAsync($"{CounsellingKit.Services}?cursor=not-a-cursor")).ShouldBeProblem(HttpStatusCode.BadRequest);
        await (await _counsellor.GetAsync($"{CounsellingKit.Services}?limit=0")).ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        await (await _counsellor.GetAsync($"{CounsellingKit.Services}?from=yesterday")).ShouldBeProblem(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Another_centre_lists_none_of_these_services()
    {
        var worker = $"worker-{Guid.NewGuid():N}";
        await app.RecordAsync(_counsellor, ServiceBody.For(await app.RegisterClientAsync(), worker));

        var page = await (await app.ClientFor("PLK", Roles.CentreHead).GetAsync($"{CounsellingKit.Services}?worker={worker}"))
            .ShouldBe(HttpStatusCode.OK);
        page.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Theory]
    [InlineData(Roles.Counsellor, true)]
    [InlineData(Roles.CentreHead, true)]
    [InlineData(Roles.Lecturer, false)]
    [InlineData(Roles.Integrator, false)]
    public async Task Protected_notes_are_shown_only_to_counsellors_and_centre_heads(string role, bool seesNotes)
    {
        var id = Id(await app.RecordAsync(_counsellor, ServiceBody.For(await app.RegisterClientAsync())));
        var reader = app.ClientFor("LBC", role);

        var service = await (await reader.GetAsync($"{CounsellingKit.Services}/{id}")).ShouldBe(HttpStatusCode.OK);
        var history = await (await reader.GetAsync($"{CounsellingKit.Services}/{id}/history")).ShouldBe(HttpStatusCode.OK);

        var notes = new[] { service.GetProperty("notes"), history[0].GetProperty("details").GetProperty("notes") };
        notes.Should().AllSatisfy(n => (n.ValueKind == JsonValueKind.String).Should().Be(seesNotes));
    }

    [Theory]
    [InlineData("from=2026-06-30&to=2026-06-01", "to")]
    [InlineData("serviceType=massage", "serviceType")]
    [InlineData("topic=weather", "topic")]
    [InlineData("placeType=moon-base", "placeType")]
    [InlineData("workplace=BOGUS", "workplace")]
    [InlineData("workplace=PHA-PRG", "workplace")]
    public async Task A_reversed_period_or_an_unknown_code_in_the_filters_is_a_422(string query, string field)
    {
        var response = await app.ClientFor("LBC", Roles.Counsellor).GetAsync($"{CounsellingKit.Services}?{query}");
        var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty(field, out _).Should().BeTrue();
    }
}
