using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Imports;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.LanguageCourses.Features.Aik;

/// <param name="Outcome">accepted (enrolled or waitlisted now), unchanged (imported before) or rejected.</param>
internal sealed record ImportedRow(int Line, string BookingId, string Outcome, Guid? EnrolmentId, string? Status, IReadOnlyList<string> Errors);

internal sealed record ImportReport(int Accepted, int Unchanged, int Rejected, IReadOnlyList<ImportedRow> Rows);

public sealed class ImportBookingsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost($"{LanguageCoursesModule.BasePath}/aik/bookings/import", async (HttpRequest request, IQuerySession session,
                IMessageBus bus, CancellationToken ct) =>
            {
                var rows = BookingCsv.Parse(await TextUpload.ReadAsync(request, BookingCsv.MaxBytes, ct));
                var report = new List<ImportedRow>();
                foreach (var row in rows)
                {
                    report.Add(await ImportAsync(row, session, bus, ct));
                }

                return Results.Ok(new ImportReport(report.Count(r => r.Outcome == "accepted"),
                    report.Count(r => r.Outcome == "unchanged"), report.Count(r => r.Outcome == "rejected"), report));
            })
            .Accepts<string>("text/csv", "multipart/form-data")
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("import-aik-bookings").WithSummary("Import AIK bookings from CSV")
            .WithDescription("Body: the booking system's CSV (text/csv, or the first file of a multipart/form-data upload; " +
                             "UTF-8, comma or semicolon separated, at most 4 MB) with the header bookingId,courseId,clientCode " +
                             "(courseId: an AIK course of the centre). Example: `bookingId;courseId;clientCode` then " +
                             "`RZ-2026-0412;0193a1f2-...;LBC-7K2M9QXA`. Each row is enrolled on its own (an enrolment or a " +
                             "waitlist place) or rejected with reasons; the report lists every row by line. A booking " +
                             "imported before is unchanged, so re-importing a file changes nothing; the same booking id for " +
                             "another client is rejected. A file that is not UTF-8 or cannot be parsed (400), lacks the " +
                             "header (422) or exceeds 4 MB (413) stores nothing.")
            .AcceptsBodyUpTo(BookingCsv.MaxBytes + TextUpload.FormOverhead)
            .Produces<ImportReport>().ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);

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
            var reasons = e.Extensions.TryGetValue("errors", out var value) && value is IDictionary<string, string[]> fields
                ? fields.SelectMany(f => f.Value.Select(m => $"{f.Key}: {m}")).ToList()
                : [e.Detail];
            return new ImportedRow(row.Line, row.BookingId, "rejected", null, null, reasons);
        }
    }
}
