using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Cpic.LanguageCourses.Features.Enrolments;
using Marten;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Aik;

/// <summary>One accepted row of a booking import: enrol the client, or find the enrolment of an earlier import.</summary>
public sealed record EnrolBooking(string BookingId, Guid CourseId, Guid ClientId);

/// <param name="AlreadyImported">The booking was imported before; nothing changed.</param>
public sealed record BookingOutcome(EnrolmentResponse Enrolment, bool AlreadyImported);

public static class EnrolBookingHandler
{
    public static async Task<(BookingOutcome, OutgoingMessages)> Handle(EnrolBooking command, IDocumentSession session,
        TimeProvider clock, CancellationToken ct)
    {
        await session.LockCourseAsync(command.CourseId, ct);
        var earlier = await session.Query<CourseEnrolment>()
            .FirstOrDefaultAsync(e => e.CourseId == command.CourseId && e.BookingId == command.BookingId, ct);
        if (earlier is not null && earlier.ClientId != command.ClientId)
        {
            throw new UnprocessableException("bookingId", $"Booking {command.BookingId} was imported before for another client.");
        }

        if (earlier is not null)
        {
            return (new BookingOutcome(EnrolmentResponse.From(earlier), true), []);
        }

        var (enrolment, position, message) = await Enrolling.EnrolAsync(session, command.CourseId, command.ClientId,
            command.BookingId, clock.Today(), ct);
        return (new BookingOutcome(EnrolmentResponse.From(enrolment, position), false), [message]);
    }
}
