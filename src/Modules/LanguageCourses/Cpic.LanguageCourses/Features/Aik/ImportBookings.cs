using System.Text;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Aik;

/// <param name="Outcome">accepted (enrolled or waitlisted now), unchanged (imported before) or rejected.</param>
public sealed record ImportedRow(int Line, string BookingId, string Outcome, Guid? EnrolmentId, string? Status, IReadOnlyList<string> Errors);

public sealed record ImportReport(int Accepted, int Unchanged, int Rejected, IReadOnlyList<ImportedRow> Rows);

public sealed class ImportBookingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost($"{LanguageCoursesModule.BasePath}/aik/bookings/import", async (HttpRequest request, IQuerySession session,
                IMessageBus bus, CancellationToken ct) =>
            {
                var rows = BookingCsv.Parse(await ReadAsync(request, ct));
                var report = new List<ImportedRow>();
                foreach (var row in rows)
                {
                    report.Add(await ImportAsync(row, session, bus, ct));
                }

                return Results.Ok(new ImportReport(report.Count(r => r.Outcome == "accepted"),
                    report.Count(r => r.Outcome == "unchanged"), report.Count(r => r.Outcome == "rejected"), report));
            })
            .Accepts<string>("text/csv")
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("import-aik-bookings").WithSummary("Import AIK bookings from CSV")
            .WithDescription("Body: the booking system's CSV (text/csv, UTF-8, at most 1 MB) with columns bookingId, courseId " +
                             "(an AIK course of the centre) and clientCode. Each row is enrolled on its own (an enrolment " +
                             "or a waitlist place) or rejected with reasons; the report lists every row. A booking imported " +
                             "before is unchanged, so re-importing a file changes nothing. A file that cannot be parsed or " +
                             "lacks the header is 400/422 and stores nothing; over 1 MB is 413.")
            .Produces<ImportReport>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge).ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    private static async Task<string> ReadAsync(HttpRequest request, CancellationToken ct)
    {
        if (request.ContentLength > BookingCsv.MaxBytes)
        {
            throw TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > BookingCsv.MaxBytes)
            {
                throw TooLarge();
            }
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static ProblemException TooLarge() =>
        new(StatusCodes.Status413PayloadTooLarge, "Payload too large", $"The file exceeds {BookingCsv.MaxBytes / 1024} KB; split it.");

    private static async Task<ImportedRow> ImportAsync(BookingCsv.Row row, IQuerySession session, IMessageBus bus, CancellationToken ct)
    {
        var errors = new List<string>();
        if (row.BookingId.Length is 0 or > 100) errors.Add("bookingId: required, at most 100 characters.");
        if (!Guid.TryParse(row.CourseId, out var courseId)) errors.Add("courseId: not a course id.");
        var client = row.ClientCode.Length == 0 ? null
            : await session.Query<CourseClient>().FirstOrDefaultAsync(c => c.Code == row.ClientCode, ct);
        if (client is null) errors.Add("clientCode: no client with this code in your centre.");
        var course = errors.Count == 0 ? await session.LoadAsync<LanguageCourse>(courseId, ct) : null;
        if (errors.Count == 0 && course?.CourseType != AikRules.CourseType) errors.Add("courseId: not an AIK course of your centre.");
        if (errors.Count > 0)
        {
            return new ImportedRow(row.Line, row.BookingId, "rejected", null, null, errors);
        }

        try
        {
            var outcome = await bus.InvokeAsync<BookingOutcome>(new EnrolBooking(row.BookingId, courseId, client!.Id), ct);
            return new ImportedRow(row.Line, row.BookingId, outcome.AlreadyImported ? "unchanged" : "accepted",
                outcome.Enrolment.Id, outcome.Enrolment.Status, []);
        }
        catch (ProblemException e)
        {
            return new ImportedRow(row.Line, row.BookingId, "rejected", null, null, [e.Message]);
        }
    }
}
