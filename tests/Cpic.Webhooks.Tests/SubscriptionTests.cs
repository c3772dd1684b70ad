using System.Net;
using System.Net.Http.Json;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using static Cpic.Webhooks.Tests.WebhookKit;

namespace Cpic.Webhooks.Tests;

/// <summary>The subscriptions API: who may subscribe to what, secrets shown once, ETags, and centres kept apart.</summary>
[Collection(WebhooksCollection.Name)]
public sealed class SubscriptionTests(WebhookApp app) : IAsyncLifetime
{
    private const string Url = "https://hooks.example.org/cpic";
    private readonly HttpClient _integrator = app.ClientFor("LBC", Roles.Integrator);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task The_catalogue_lists_the_event_types_and_which_are_network_wide()
    {
        var types = await (await _integrator.GetAsync("/api/v1/webhooks/event-types")).ShouldBe(HttpStatusCode.OK);
        var byCode = types.EnumerateArray().ToDictionary(t => t.GetProperty("type").GetString()!, t => t.GetProperty("network").GetBoolean());
        byCode.Should().ContainKeys("client.registered", "service.recorded", "service.corrected", "service.cancelled",
            "course.completed", "goal-set.approved", "meeting.held", "month.closed", "client.residence-expiring");
        byCode["month.closed"].Should().BeTrue();
        byCode["client.registered"].Should().BeFalse();
    }

    [Fact]
    public async Task The_secret_is_shown_at_creation_only_and_changes_need_the_current_ETag()
    {
        var subscription = await _integrator.Subscribe(Url, "client.registered");
        Convert.FromBase64String(subscription.Secret["whsec_".Length..]).Should().HaveCount(32);
        var read = await _integrator.GetAsync($"{Subscriptions}/{subscription.Id}");
        var body = await read.ShouldBe(HttpStatusCode.OK);
        body.TryGetProperty("secret", out var secret).Should().BeFalse(secret.ToString());
        body.GetProperty("centre").GetString().Should().Be("LBC");
        read.Headers.ETag!.Tag.Should().Be(subscription.ETag);

        var change = new { url = Url + "/v2", eventTypes = new[] { "service.recorded" }, enabled = false };
        await (await _integrator.PutAsJsonAsync($"{Subscriptions}/{subscription.Id}", change)).ShouldBeProblem(ProblemTypes.PreconditionRequired);
        await (await Put(_integrator, subscription.Id, change, "\"7\"")).ShouldBeProblem(ProblemTypes.VersionMismatch);
        var updated = await (await Put(_integrator, subscription.Id, change, subscription.ETag)).ShouldBe(HttpStatusCode.OK);
        updated.GetProperty("enabled").GetBoolean().Should().BeFalse();
        updated.GetProperty("version").GetInt32().Should().Be(2);
        var list = await (await _integrator.GetAsync($"{Subscriptions}?eventType=service.recorded&enabled=false")).ShouldBe(HttpStatusCode.OK);
        list.GetProperty("items").EnumerateArray().Select(s => s.GetProperty("id").GetGuid()).Should().Equal(subscription.Id);
    }

    [Fact]
    public async Task Another_centre_and_the_ministry_never_see_or_change_a_centres_subscription()
    {
        var subscription = await _integrator.Subscribe(Url, "client.registered");
        foreach (var other in new[] { app.ClientFor("PHA", Roles.Integrator), app.ClientFor(null, Roles.MinistryCoordinator) })
        {
            await (await other.GetAsync($"{Subscriptions}/{subscription.Id}")).ShouldBeProblem(ProblemTypes.NotFound);
            await (await other.GetAsync($"{Subscriptions}/{subscription.Id}/deliveries")).ShouldBeProblem(ProblemTypes.NotFound);
            await (await Put(other, subscription.Id, new { url = Url, eventTypes = new[] { "month.closed" } }, subscription.ETag))
                .ShouldBeProblem(ProblemTypes.NotFound);
            var delete = new HttpRequestMessage(HttpMethod.Delete, $"{Subscriptions}/{subscription.Id}");
            delete.Headers.TryAddWithoutValidation("If-Match", subscription.ETag);
            await (await other.SendAsync(delete)).ShouldBeProblem(ProblemTypes.NotFound);
            var list = await (await other.GetAsync(Subscriptions)).ShouldBe(HttpStatusCode.OK);
            list.GetProperty("items").GetArrayLength().Should().Be(0);
        }

        await (await _integrator.GetAsync($"{Subscriptions}/{subscription.Id}")).ShouldBe(HttpStatusCode.OK);
    }

    [Fact]
    public async Task The_ministry_subscribes_to_network_wide_types_only_and_counsellors_not_at_all()
    {
        var ministry = app.ClientFor(null, Roles.MinistryAnalyst);
        await (await ministry.PostAsJsonAsync(Subscriptions, new { url = Url, eventTypes = new[] { "client.registered" } }))
            .ShouldBeProblem(ProblemTypes.Validation);
        var network = await (await ministry.PostAsJsonAsync(Subscriptions, new { url = Url, eventTypes = new[] { "month.closed", "goal-set.approved" } }))
            .ShouldBe(HttpStatusCode.Created);
        network.GetProperty("centre").ValueKind.Should().Be(System.Text.Json.JsonValueKind.Null);
        await (await app.ClientFor("LBC", Roles.Counsellor).PostAsJsonAsync(Subscriptions, new { url = Url, eventTypes = new[] { "month.closed" } }))
            .ShouldBeProblem(ProblemTypes.Forbidden);
    }

    [Theory]
    [InlineData("ftp://hooks.example.org/x", "month.closed")]
    [InlineData("https://user:pw@hooks.example.org/x", "month.closed")]
    [InlineData("https://hooks.example.org/x", "client.deleted")]
    [InlineData("not a url", "month.closed")]
    public async Task A_bad_url_or_an_unknown_event_type_is_a_validation_problem(string url, string eventType)
    {
        var problem = await (await _integrator.PostAsJsonAsync(Subscriptions, new { url, eventTypes = new[] { eventType } }))
            .ShouldBeProblem(ProblemTypes.Validation);
        problem.GetProperty("errors").EnumerateObject().Should().ContainSingle();
    }

    [Fact]
    public async Task A_repeated_create_with_the_same_Idempotency_Key_answers_the_same_subscription()
    {
        var key = Guid.NewGuid().ToString();
        async Task<HttpResponseMessage> Post()
        {
            var request = new HttpRequestMessage(HttpMethod.Post, Subscriptions) { Content = JsonContent.Create(new { url = Url, eventTypes = new[] { "case.opened" } }) };
            request.Headers.Add("Idempotency-Key", key);
            return await _integrator.SendAsync(request);
        }

        var first = await (await Post()).ShouldBe(HttpStatusCode.Created);
        var again = await Post();
        (await again.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid().Should().Be(first.GetProperty("id").GetGuid());
        again.Headers.GetValues("Idempotent-Replayed").Should().Equal("true");
    }

    private static Task<HttpResponseMessage> Put(HttpClient client, Guid id, object body, string etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"{Subscriptions}/{id}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        return client.SendAsync(request);
    }
}
