using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.LanguageCourses.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.LanguageCourses.Features.Aik;

/// <param name="Deadline">Last day to attend the AIK under the current rules.</param>
/// <param name="Overdue">The deadline has passed and the client has not completed an AIK here.</param>
internal sealed record AikDueClient(Guid ClientId, string ClientCode, string ResidenceCategory, string? PermitType,
    DateOnly ResidenceValidFrom, DateOnly Deadline, int DaysLeft, bool Overdue);

public sealed class AikDueListEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet($"{LanguageCoursesModule.BasePath}/aik/due", async (string? within, int? limit, string? cursor,
                HttpRequest request, IQuerySession session, TimeProvider clock, CancellationToken ct) =>
            {
                var days = DayWindow.Parse(within, byDefault: 60, max: 3650, strict: true);
                var page = PageRequest.From(limit, cursor);
                var after = page.After<DueKey?>();
                var rules = await AikRules.LoadAsync(session, ct);
                var candidates = await session.Query<CourseClient>()
                    .Where(c => c.ResidenceCategory != null && c.ResidenceValidFrom != null && c.AikCompletedOn == null
                                && !c.Anonymised && c.MergedInto == null)
                    .ToListAsync(ct);
                var today = clock.Today();
                var due = candidates.Select(c => (Client: c, Deadline: rules.DeadlineFor(c)))
                    .Where(x => x.Deadline is { } d && d <= today.AddDays(days))
                    .Select(x => new AikDueClient(x.Client.Id, x.Client.Code, x.Client.ResidenceCategory!, x.Client.PermitType,
                        x.Client.ResidenceValidFrom!.Value, x.Deadline!.Value, x.Deadline.Value.DayNumber - today.DayNumber,
                        x.Deadline.Value < today))
                    .OrderBy(d => d.Deadline).ThenBy(d => d.ClientId)
                    .Where(d => after is null || (d.Deadline, d.ClientId).CompareTo((after.Deadline, after.ClientId)) > 0)
                    .Take(page.Limit + 1).ToList();
                await request.HttpContext.RecordClientsAsync(due.Take(page.Limit).Select(d => d.ClientId), "courses.aik-due", ct);
                return Results.Ok(page.ToPage(due, d => new DueKey(d.Deadline, d.ClientId), d => d, request));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags(LanguageCoursesModule.Tag).WithName("aik-due").WithSummary("Clients whose AIK is due")
            .WithDescription("Clients of the caller's centre who must attend the adaptation-integration course (AIK) by " +
                             "today + within (e.g. 60d; default 60d), overdue ones included, earliest deadline first, " +
                             "for outreach. Built from the residence and nationality of clients (events of the Clients " +
                             "module) and the AIK rules (GET /api/v1/courses/aik/rules): citizens of the EU, the EEA and " +
                             "Switzerland owe no AIK; clients who completed an AIK here drop out. within other " +
                             "than a number of days from 0 to 3650 followed by d (e.g. 60d; not 60, 2 months or -5d) is 422.")
            .Produces<Page<AikDueClient>>().ProducesProblem(StatusCodes.Status422UnprocessableEntity);

    internal sealed record DueKey(DateOnly Deadline, Guid ClientId);
}
