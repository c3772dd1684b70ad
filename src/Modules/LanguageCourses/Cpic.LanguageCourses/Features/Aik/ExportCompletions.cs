using Cpic.BuildingBlocks.Audit;
using System.Globalization;
using System.Text;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.LanguageCourses.Features.Aik;

public sealed class ExportCompletionsEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet($"{LanguageCoursesModule.BasePath}/aik/completions.csv", async (DateOnly? from, DateOnly? to,
                HttpContext http, IQuerySession session, CancellationToken ct) =>
            {
                if (to < from)
                {
                    throw new UnprocessableException("to", "to must not be before from.");
                }

                var (start, end) = (from ?? DateOnly.MinValue, to ?? DateOnly.MaxValue);
                var certificates = await session.Query<Certificate>()
                    .Where(c => c.CourseType == AikRules.CourseType && c.IssuedOn >= start && c.IssuedOn <= end)
                    .OrderBy(c => c.IssuedOn).ThenBy(c => c.Id).ToListAsync(ct);
                await http.RecordClientsAsync(certificates.Select(c => c.ClientId), "courses.aik-completions", ct);
                var csv = new StringBuilder("certificateNumber,clientCode,courseId,language,completedOn,hours\r\n");
                foreach (var c in certificates)
                {
                    csv.Append(CultureInfo.InvariantCulture,
                        $"{Quote(c.Id)},{Quote(c.ClientCode)},{c.CourseId},{c.Language},{c.IssuedOn:yyyy-MM-dd},{c.Hours:0.##}\r\n");
                }

                return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("export-aik-completions").WithSummary("AIK completions as CSV")
            .WithDescription("The centre's AIK completions (certificates issued from `from` to `to`, both optional, " +
                             "yyyy-MM-dd) as CSV for the migration office: certificate number, client code, course, " +
                             "language of interpretation, date and hours. An unparsable date is 400; `to` before `from` is 422.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesValidationProblem(StatusCodes.Status422UnprocessableEntity);

    private static string Quote(string value) => $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
}
