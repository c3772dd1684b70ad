using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using Cpic.BuildingBlocks.Auth;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Cpic.Api.Tests;

/// <summary>Token lifetimes, strong If-Match, body limits, 403 details and the headers on every answer.</summary>
[Collection(ApiCollection.Name)]
public sealed class RequestHardeningTests(CpicApp app)
{
    private readonly HttpClient _coordinator = app.ClientFor(null, Roles.MinistryCoordinator);

    [Theory]
    [InlineData(-20, HttpStatusCode.OK)]
    [InlineData(-60, HttpStatusCode.Unauthorized)]
    public async Task A_token_expired_within_the_30_second_clock_skew_is_accepted_and_later_refused(int expiredSeconds, HttpStatusCode expected)
    {
        var options = app.Services.GetRequiredService<IConfiguration>().GetSection(AuthOptions.Section).Get<AuthOptions>()!;
        options.ClockSkew.Should().Be(TimeSpan.FromSeconds(30));
        var issued = DateTime.UtcNow.AddHours(-1);
        var token = DevTokens.Issue(options, "jana", [Roles.Counsellor], "LBC", TimeSpan.FromHours(1).Add(TimeSpan.FromSeconds(expiredSeconds)), issued);
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        (await client.GetAsync("/api/v1/reference/regions")).StatusCode.Should().Be(expected);
    }

    [Fact]
    public async Task A_weak_If_Match_is_a_412_that_answers_with_the_current_strong_ETag()
    {
        var current = (await _coordinator.GetAsync("/api/v1/reference/centres/LBC")).Headers.ETag!;
        var request = new HttpRequestMessage(HttpMethod.Put, "/api/v1/reference/centres/LBC") { Content = JsonContent.Create(CentreSamples.New("LBC")) };
        request.Headers.TryAddWithoutValidation("If-Match", $"W/{current.Tag}");

        var response = await _coordinator.SendAsync(request);

        var problem = await response.ShouldBeProblem(HttpStatusCode.PreconditionFailed);
        response.Headers.ETag!.Tag.Should().Be(current.Tag);
        response.Headers.ETag.IsWeak.Should().BeFalse();
        problem.GetProperty("detail").GetString().Should().Contain(current.Tag);
    }

    [Fact]
    public async Task A_403_names_the_roles_the_operation_needs()
    {
        var response = await app.ClientFor(null, Roles.MinistryAnalyst).PostJson("/api/v1/reference/centres", CentreSamples.New("XAC"));
        var problem = await response.ShouldBeProblem(HttpStatusCode.Forbidden);
        problem.GetProperty("detail").GetString().Should().Contain(Roles.MinistryCoordinator);
        problem.GetProperty("requiredRoles")[0].GetString().Should().Be(Roles.MinistryCoordinator);
    }

    [Fact]
    public async Task A_body_over_one_megabyte_is_a_413_problem()
    {
        var json = $$"""{"surname":"{{new string('x', 1024 * 1024)}}"}""";
        var response = await app.ClientFor("LBC", Roles.Counsellor).PostAsync("/api/v1/clients", new StringContent(json, Encoding.UTF8, "application/json"));
        (await response.ShouldBeProblem(HttpStatusCode.RequestEntityTooLarge)).GetProperty("detail").GetString().Should().Contain("1024 KB");
    }

    [Fact]
    public async Task Answers_with_personal_data_are_not_stored_and_no_answer_is_sniffed_or_names_the_server()
    {
        var clients = await app.ClientFor("LBC", Roles.Counsellor).GetAsync("/api/v1/clients");
        clients.Headers.CacheControl!.NoStore.Should().BeTrue();
        clients.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");

        var problem = await app.CreateClient().GetAsync("/api/v1/clients");
        problem.Headers.GetValues("X-Content-Type-Options").Should().Equal("nosniff");
        problem.Headers.CacheControl!.NoStore.Should().BeTrue();

        var regions = await _coordinator.GetAsync("/api/v1/reference/regions");
        regions.Headers.CacheControl?.NoStore.Should().NotBe(true, "reference data are cached with their ETag");
        app.Services.GetRequiredService<IOptions<KestrelServerOptions>>().Value.AddServerHeader.Should().BeFalse();
    }

    [Theory]
    [InlineData("/api/v1/clients/not-a-guid")]
    [InlineData("/api/v1/counselling/services/123/history")]
    [InlineData("/api/v1/courses/abc/sessions")]
    public async Task A_malformed_id_is_a_400_naming_the_parameter_not_a_404(string url)
    {
        var problem = await (await app.ClientFor("LBC", Roles.CentreHead).GetAsync(url)).ShouldBeProblem(HttpStatusCode.BadRequest);
        problem.GetProperty("detail").GetString().Should().Contain("is not valid for the parameter");
    }
}
