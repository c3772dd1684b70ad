using System.Security.Claims;
using System.Text.Json.Serialization;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Contracts;
using Cpic.Counselling.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Counselling.Features.Interpreters;

/// <summary>Books an interpreter for a dated service: <c>startTime</c> as HH:mm, for <c>minutes</c>, in <c>language</c>.</summary>
/// <param name="Date" example="2026-11-24">Day of the booking: from 2000 to a year from today.</param>
/// <param name="StartTime" example="09:00">Start time HH:mm; the booking ends on the same day.</param>
/// <param name="Minutes" example="60">Duration in minutes, 1–720.</param>
/// <param name="Language" example="uk">A language the interpreter speaks.</param>
/// <param name="ServiceId" example="0193a5c2-0000-7000-8000-0000000000aa">Optional: the service (of the caller's centre) the interpreter is booked for.</param>
public sealed record BookingInput(DateOnly? Date, string StartTime, int Minutes, string Language, Guid? ServiceId)
    : WithheldFromLogs
{
    [JsonIgnore]
    public TimeOnly Start => TimeOfDay.Parse(StartTime);

    internal sealed class Validator : AbstractValidator<BookingInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Date).Cascade(CascadeMode.Stop).NotNull()
                .Must(d => d >= ReportingPeriod.Earliest).WithMessage("The date is before 2000.")
                .Must(d => d <= clock.Today().AddYears(1)).WithMessage("A booking is at most a year ahead.");
            RuleFor(x => x.StartTime).Must(TimeOfDay.IsValid)
                .WithMessage("startTime is a time of day as HH:mm.");
            RuleFor(x => x.Minutes).InclusiveBetween(1, 720);
            RuleFor(x => x).Must(x => !TimeOfDay.TryParse(x.StartTime, out var start)
                    || start.Hour * 60 + start.Minute + x.Minutes <= 24 * 60)
                .OverridePropertyName("minutes").WithMessage("A booking ends on the day it starts.");
            RuleFor(x => x.Language).Must(CodeLists.Languages.Contains).WithMessage("Unknown language code.");
        }
    }
}

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

public sealed class BookInterpreterEndpoints : ICarterModule
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
