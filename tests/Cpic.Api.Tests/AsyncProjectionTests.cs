using JasperFx.Events;
using JasperFx.Events.Projections;
using Marten;
using Marten.Events;
using Marten.Events.Aggregation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;

namespace Cpic.Api.Tests;

/// <summary>
/// Async projections run in production mode (Wolverine distributes them over the nodes) and catch up with the
/// events appended for a centre. Uses its own host, with a projection added for the test.
/// </summary>
public sealed class AsyncProjectionTests : IClassFixture<AsyncProjectionTests.HostWithProjection>
{
    private readonly HostWithProjection _app;

    public AsyncProjectionTests(HostWithProjection app) => _app = app;

    [Fact]
    public async Task An_async_projection_catches_up_with_appended_events()
    {
        var streamId = Guid.CreateVersion7();
        await using (var session = _app.Store.LightweightSession("LBC"))
        {
            session.Events.StartStream(streamId, new Tallied(2), new Tallied(3));
            await session.SaveChangesAsync();
        }

        await _app.Store.WaitForNonStaleProjectionDataAsync(TimeSpan.FromSeconds(30));

        await using var query = _app.Store.QuerySession("LBC");
        var tally = await query.LoadAsync<Tally>(streamId);
        tally.Should().NotBeNull();
        tally!.Total.Should().Be(5);
    }

    public sealed record Tallied(int Amount);

    public sealed record Tally(Guid Id, int Total);

    public sealed class TallyProjection : SingleStreamProjection<Tally, Guid>
    {
        public static Tally Create(IEvent<Tallied> e) => new(e.StreamId, e.Data.Amount);

        public static Tally Apply(Tallied e, Tally tally) => tally with { Total = tally.Total + e.Amount };
    }

    public sealed class HostWithProjection : CpicApp
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("Persistence:Projections", "Wolverine");
            builder.ConfigureTestServices(s => s.ConfigureMarten(o => o.Projections.Add<TallyProjection>(ProjectionLifecycle.Async)));
        }
    }
}
