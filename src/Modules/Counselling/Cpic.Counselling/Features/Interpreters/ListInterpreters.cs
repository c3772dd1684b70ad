using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Interpreters;

public sealed class ListInterpretersEndpoint : ICarterModule
{
    // A centre's roster is a few dozen people: not paged, like the centre registry.
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/interpreters", async (string? language, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await session.Query<InterpreterProfile>()
                    .Where(i => language == null || i.Languages.Contains(language)).OrderBy(i => i.Name).ToListAsync(ct)))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("list-interpreters")
            .WithSummary("The centre's interpreters, optionally those speaking `language`")
            .WithDescription("The whole roster of the caller's centre, by name (a few dozen people, so not paged).")
            .Produces<IReadOnlyList<InterpreterProfile>>();
}
