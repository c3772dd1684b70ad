using System.Globalization;
using System.Security.Claims;
using System.Text;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Goals.Domain;
using Cpic.Goals.Features.GoalSets;
using Cpic.Goals.Features.Publication;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Goals.Features.Evaluation;

public sealed class GetEvaluationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/goals/sets/{id:guid}/evaluation", async (Guid id, string? format, ClaimsPrincipal user,
                IQuerySession session, CancellationToken ct) =>
            {
                var set = await session.FindAsync(user, id, ct);
                var evaluation = await session.Query<Domain.Evaluation>().Where(e => e.AnyTenant() && e.Id == set.Id).FirstOrDefaultAsync(ct)
                    ?? throw new NotFoundException("Evaluation", id.ToString());
                var version = (await session.FrozenVersionAsync(set, evaluation.Version, ct))!;
                var result = EvaluationResponse.From(set, version, evaluation);
                return format switch
                {
                    null or "json" => Results.Ok(result),
                    "csv" => Results.Text(Csv(result), "text/csv; charset=utf-8"),
                    "html" => Results.Content(Html(result), "text/html; charset=utf-8"),
                    _ => throw new UnprocessableException("format", "format is json, csv or html."),
                };
            })
            .RequireAuthorization(Policies.AnyRole)
            .WithTags("Goals").WithName("get-evaluation")
            .WithSummary("The year-end evaluation as JSON, CSV or printable Czech HTML (`format=`)")
            .WithDescription("CSV: one line per goal (goal, area, result, share, status, comment). Not recorded yet, or " +
                "another centre's set: 404.")
            .Produces<EvaluationResponse>(StatusCodes.Status200OK, "application/json", "text/csv", "text/html")
            .ProducesProblem(StatusCodes.Status404NotFound);

    private static string Csv(EvaluationResponse e)
    {
        static string Q(string? v) => $"\"{(v ?? "").Replace("\"", "\"\"", StringComparison.Ordinal)}\"";
        var csv = new StringBuilder("goal,area,result,share,status,comment\n");
        foreach (var g in e.Goals)
        {
            csv.Append(CultureInfo.InvariantCulture,
                $"{Q(g.Text)},{g.Area},{g.Result},{g.Figures.Share?.ToString(CultureInfo.InvariantCulture)},{g.Figures.Status},{Q(g.Comment)}\n");
        }

        return csv.ToString();
    }

    private static string Html(EvaluationResponse e)
    {
        var results = new Dictionary<string, string> { ["achieved"] = "splněn", ["partly-achieved"] = "splněn částečně", ["not-achieved"] = "nesplněn" };
        var rows = string.Concat(e.Goals.Select(g =>
            $"<tr><td>{GoalsHtml.HtmlEncode(g.Text)}</td><td>{results[g.Result]}</td><td>{GoalsHtml.HtmlEncode(GoalsHtml.Status(g.Figures.Status))}</td><td>{GoalsHtml.HtmlEncode(g.Comment)}</td></tr>\n"));
        return GoalsHtml.Document($"Hodnocení operačních cílů {e.Centre} za rok {e.Year}",
            $"<table><thead><tr><th>Cíl</th><th>Výsledek</th><th>Plnění</th><th>Komentář</th></tr></thead><tbody>\n{rows}</tbody></table>");
    }
}
