using System.Net;
using Cpic.BuildingBlocks.Auth;
using Cpic.Platforms.Demo;
using Microsoft.Extensions.DependencyInjection;
using Wolverine;
using static Cpic.Platforms.Tests.PlatformsKit;

namespace Cpic.Platforms.Tests;

/// <summary>The Liberec demo network (<c>./build/run.sh --demo</c>) goes through the handlers and loads once.</summary>
[Collection(PlatformsCollection.Name)]
public sealed class DemoNetworkTests(CpicApp app) : IAsyncLifetime
{
    private readonly HttpClient _staff = app.ClientFor("LBC", Roles.CentreHead);

    public Task InitializeAsync() => app.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;

    private async Task LoadAsync()
    {
        await using var scope = app.Services.CreateAsyncScope();
        await LiberecNetwork.LoadAsync(scope.ServiceProvider.GetRequiredService<IMessageBus>(), app.Store,
            DateOnly.FromDateTime(DateTime.UtcNow), CancellationToken.None);
    }

    [Fact]
    public async Task The_demo_network_has_public_bodies_a_platform_working_groups_meetings_and_open_items()
    {
        await LoadAsync();
        await LoadAsync();

        var actors = await (await _staff.GetAsync($"{Api}/actors?limit=200")).ShouldBe(HttpStatusCode.OK);
        actors.GetProperty("items").GetArrayLength().Should().Be(12, "loading twice adds nothing");
        var bodies = await (await _staff.GetAsync($"{Api}/bodies")).ShouldBe(HttpStatusCode.OK);
        bodies.GetProperty("items").EnumerateArray().Select(b => b.GetProperty("kind").GetString())
            .Should().BeEquivalentTo(["regional-platform", "working-group", "working-group"]);
        var held = await (await _staff.GetAsync($"{Api}/meetings?status=held")).ShouldBe(HttpStatusCode.OK);
        held.GetProperty("items").GetArrayLength().Should().Be(6);
        var overdue = await (await _staff.GetAsync($"{Api}/action-items?overdue=true")).ShouldBe(HttpStatusCode.OK);
        overdue.GetProperty("items").GetArrayLength().Should().Be(2);
        var late = await (await _staff.GetAsync($"{Api}/bodies/overdue")).ShouldBe(HttpStatusCode.OK);
        late.EnumerateArray().Select(b => b.GetProperty("name").GetString()).Should().Equal("Pracovní skupina pro vzdělávání dětí cizinců");
    }
}
