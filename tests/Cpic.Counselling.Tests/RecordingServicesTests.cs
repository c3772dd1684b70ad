using System.Net;
using System.Text.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Contracts;
using Wolverine.Tracking;

namespace Cpic.Counselling.Tests;

[Collection(CounsellingCollection.Name)]
public sealed class RecordingServicesTests(CpicApp app)
{
    private readonly HttpClient _counsellor = app.ClientFor("LBC", Roles.Counsellor);

    [Fact]
    public async Task Recording_a_service_returns_201_with_its_location_etag_and_content()
    {
        var client = await app.RegisterClientAsync();
        var (response, _) = await app.TrackAsync(() => _counsellor.PostJson(CounsellingKit.Services, ServiceBody.For(client)));

        var service = await response.ShouldBe(HttpStatusCode.Created);
        var id = service.GetProperty("id").GetGuid();
        response.Headers.Location!.ToString().Should().Be($"/api/v1/counselling/services/{id}");
        response.Headers.ETag!.Tag.Should().Be("\"1\"");
        service.GetProperty("status").GetString().Should().Be("recorded");
        service.GetProperty("minutes").GetInt32().Should().Be(45);
        service.GetProperty("topics").Strings().Should().Equal("residence", "housing");
        service.GetProperty("interpreter").GetProperty("language").GetString().Should().Be("uk");

        var read = await _counsellor.GetAsync($"{CounsellingKit.Services}/{id}");
        (await read.ShouldBe(HttpStatusCode.OK)).GetProperty("date").GetString().Should().Be(ServiceBody.Today.ToString("yyyy-MM-dd"));
        read.Headers.ETag!.Tag.Should().Be("\"1\"");
    }

    [Fact]
    public async Task A_recorded_service_is_published_through_the_outbox_and_reaches_the_client_timeline()
    {
        var client = await app.RegisterClientAsync();
        var (response, messages) = await app.TrackAsync(() => _counsellor.PostJson(CounsellingKit.Services, ServiceBody.For(client)));
        var id = (await response.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();

        var published = messages.Executed.MessagesOf<ServiceRecorded>().DistinctBy(m => m.ServiceId).Single();
        published.Should().BeEquivalentTo(new
        {
            ServiceId = id, Centre = "LBC", Workplace = "LBC-LIB", Minutes = 45, ServiceType = "social-counselling",
            Form = "office", PlaceType = "workplace", InterpreterLanguage = "uk", ExternalInterpreter = true,
            ClientIds = new[] { client }, AudienceSize = (int?)null,
        });
        var timeline = await (await _counsellor.GetAsync($"/api/v1/counselling/clients/{client}/services")).ShouldBe(HttpStatusCode.OK);
        timeline.GetProperty("items")[0].GetProperty("serviceId").GetGuid().Should().Be(id);
    }

    [Fact]
    public async Task The_timeline_shows_a_service_as_soon_as_the_post_returns()
    {
        var client = await app.RegisterClientAsync();
        JsonElement timeline = default;
        // Read inside the tracked action: before Monitoring, or anything else, has handled ServiceRecorded.
        var (response, _) = await app.TrackAsync(async () =>
        {
            var posted = await _counsellor.PostJson(CounsellingKit.Services, ServiceBody.For(client));
            timeline = await (await _counsellor.GetAsync($"/api/v1/counselling/clients/{client}/services")).ShouldBe(HttpStatusCode.OK);
            return posted;
        });

        var id = (await response.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        timeline.GetProperty("items").EnumerateArray().Select(e => e.GetProperty("serviceId").GetGuid()).Should().Equal(id);
    }

    [Fact]
    public async Task Nothing_is_stored_or_published_when_the_write_fails_in_the_handler()
    {
        var unknown = Guid.CreateVersion7();
        var (response, messages) = await app.TrackAsync(() =>
            _counsellor.PostJson(CounsellingKit.Services, ServiceBody.For(unknown, worker: "worker-failed-write")));

        var problem = await response.ShouldBeProblem(HttpStatusCode.UnprocessableEntity);
        problem.GetProperty("errors").TryGetProperty("clientIds[0]", out _).Should().BeTrue();
        messages.Executed.MessagesOf<ServiceRecorded>().Should().BeEmpty();
        messages.Sent.MessagesOf<ServiceRecorded>().Should().BeEmpty();
        var list = await (await _counsellor.GetAsync($"{CounsellingKit.Services}?worker=worker-failed-write")).ShouldBe(HttpStatusCode.OK);
        list.GetProperty("items").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task A_group_service_with_clients_and_an_audience_reaches_every_client_timeline()
    {
        var first = await app.RegisterClientAsync();
        var second = await app.RegisterClientAsync();
        var body = ServiceBody.For(first) with { ClientIds = [first, second], AudienceSize = 12, ServiceType = "information-service" };

        var service = await app.RecordAsync(_counsellor, body);

        service.GetProperty("audienceSize").GetInt32().Should().Be(12);
        foreach (var client in new[] { first, second })
        {
            var timeline = await (await _counsellor.GetAsync($"/api/v1/counselling/clients/{client}/services")).ShouldBe(HttpStatusCode.OK);
            timeline.GetProperty("items")[0].GetProperty("groupSize").GetInt32().Should().Be(14);
        }
    }

    [Fact]
    public async Task An_information_session_for_an_uncounted_audience_needs_no_registered_client()
    {
        var body = ServiceBody.For(Guid.Empty) with { ClientIds = [], AudienceSize = 30, ServiceType = "information-service" };
        var service = await app.RecordAsync(_counsellor, body);
        service.GetProperty("clientIds").GetArrayLength().Should().Be(0);
    }

    [Fact]
    public async Task Repeating_a_post_with_the_same_idempotency_key_returns_the_first_record()
    {
        var client = await app.RegisterClientAsync();
        var body = ServiceBody.For(client, worker: $"worker-{Guid.NewGuid():N}");
        _counsellor.DefaultRequestHeaders.Add("Idempotency-Key", Guid.NewGuid().ToString());

        var first = await app.RecordAsync(_counsellor, body);
        var second = await app.RecordAsync(_counsellor, body);

        second.GetProperty("id").GetGuid().Should().Be(first.GetProperty("id").GetGuid());
        var list = await (await _counsellor.GetAsync($"{CounsellingKit.Services}?worker={body.Workers![0]}")).ShouldBe(HttpStatusCode.OK);
        list.GetProperty("items").GetArrayLength().Should().Be(1);
    }

    [Fact]
    public async Task Ministry_users_cannot_record_services()
    {
        var response = await app.ClientFor(null, Roles.MinistryAnalyst).PostJson(CounsellingKit.Services, ServiceBody.For(Guid.NewGuid()));
        await response.ShouldBeProblem(HttpStatusCode.Forbidden);
    }
}
