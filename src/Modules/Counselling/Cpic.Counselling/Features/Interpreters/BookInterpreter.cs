using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Contracts;
using Cpic.Counselling.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.Interpreters;

public sealed record BookInterpreter(Guid InterpreterId, BookingInput Input, string UserId);

public static class BookInterpreterHandler
{
    public static async Task<(InterpreterBooking, OutgoingMessages)> Handle(BookInterpreter command, IDocumentSession session,
        CancellationToken ct)
    {
        var (id, input) = (command.InterpreterId, command.Input);
        var interpreter = await session.LoadAsync<InterpreterProfile>(id, ct) ?? throw new NotFoundException("Interpreter", id.ToString());
        if (!interpreter.Languages.Contains(input.Language))
        {
            throw new UnprocessableException("language", $"{interpreter.Name} does not interpret {input.Language}.");
        }

        if (input.ServiceId is { } serviceId && await session.LoadAsync<ServiceRecord>(serviceId, ct) is not { Cancelled: false })
        {
            throw new UnprocessableException("serviceId", $"{serviceId} is not a current service of this centre.");
        }

        var dayId = InterpreterDay.IdFor(id, input.Date!.Value);
        var day = await session.LoadAsync<InterpreterDay>(dayId, ct);
        if (day?.Bookings.Find(b => b.Overlaps(input.Start, input.Minutes)) is { } clash)
        {
            throw new ConflictException(ProblemTypes.InterpreterBooked, $"{interpreter.Name} is already booked from {clash.Start:HH:mm} to {clash.End:HH:mm}.",
                new Dictionary<string, object?> { ["conflictingBookingId"] = clash.Id });
        }

        var booking = new InterpreterBooking(Guid.CreateVersion7(), id, input.Date!.Value, input.Start, input.Minutes,
            input.Language, input.ServiceId, command.UserId);
        if (day is null) session.Insert(new InterpreterDay { Id = dayId, Bookings = [booking] });
        else { day.Bookings.Add(booking); session.Store(day); }
        return (booking, [new InterpreterBooked(booking.Id, session.TenantId, booking.Date, booking.Minutes, booking.Language)]);
    }
}

public sealed class BookInterpreterEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/counselling/interpreters/{id:guid}/bookings", async (Guid id, BookingInput input,
                ClaimsPrincipal user, IMessageBus bus, CancellationToken ct) =>
            {
                var booking = await bus.InvokeAsync<InterpreterBooking>(new BookInterpreter(id, input, user.UserId()), ct);
                return Results.Created($"/api/v1/counselling/interpreters/{id}/bookings?from={input.Date:yyyy-MM-dd}", booking);
            })
            .Validate<BookingInput>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("book-interpreter")
            .WithSummary("Book an interpreter for a dated service")
            .WithDescription("Refused with 409 when the interpreter already has an overlapping booking that day (also when " +
                "two requests race for the same slot); back-to-back slots (09:00–10:00 and 10:00–10:30) are fine. A booking " +
                "ends on the day it starts. 422 when the interpreter does not speak the language, or when `serviceId` is " +
                "not a current service of the caller's centre. Publishes `InterpreterBooked` (date, minutes, language).")
            .Produces<InterpreterBooking>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(ProblemTypes.InterpreterBooked);
    }
}
