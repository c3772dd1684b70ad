using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Clients.Features.Retention;

public sealed class RunRetentionNowEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/clients/retention/runs", async (HttpContext http, IMessageBus bus, IQuerySession session,
                TimeProvider clock, CancellationToken ct) =>
            {
                var run = await bus.InvokeAsync<RetentionRunResponse>(
                    new ApplyRetentionPolicy(clock.Today(), session.TenantId, http.User.UserId()), ct);
                return Results.Created((string?)null, run);
            })
            .WithIdempotency()
            .RequireAuthorization(Policies.CentreHead)
            .WithTags("Clients").WithName("run-retention").WithSummary("Run the retention policy now (centre head)")
            .WithDescription("Applies the retention policy to the caller's centre today, as the daily run would: every " +
                "record listed by GET /api/v1/clients/retention/due is anonymised (in a moment, by the same command " +
                "as POST .../anonymisation). Answers with the run and its count.")
            .Produces<RetentionRunResponse>(StatusCodes.Status201Created);
    }
}
