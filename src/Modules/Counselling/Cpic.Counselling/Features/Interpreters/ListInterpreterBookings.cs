using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Interpreters;

public sealed class ListInterpreterBookingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/counselling/interpreters/{id:guid}/bookings", async (Guid id, DateOnly from, DateOnly? to,
                IQuerySession session, CancellationToken ct) =>
            {
                _ = await session.LoadAsync<InterpreterProfile>(id, ct) ?? throw new NotFoundException("Interpreter", id.ToString());
                var until = to ?? from;
                if (until < from || until.DayNumber - from.DayNumber > 92)
                {
                    throw new UnprocessableException("to", "The period runs from `from` to `to` and is at most 92 days long.");
                }

                var ids = Enumerable.Range(0, until.DayNumber - from.DayNumber + 1).Select(d => InterpreterDay.IdFor(id, from.AddDays(d)));
                var days = await session.LoadManyAsync<InterpreterDay>(ct, ids);
                return Results.Ok(days.SelectMany(d => d.Bookings).OrderBy(b => b.Date).ThenBy(b => b.Start).ToList());
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("list-interpreter-bookings")
            .WithSummary("An interpreter's bookings between `from` and `to` (inclusive, at most 92 days)")
            .WithDescription("Ordered by date and start time. `to` defaults to `from` (one day). An interpreter " +
                "not on the caller's centre's roster is 404.")
            .Produces<IReadOnlyList<InterpreterBooking>>()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
    }
}
