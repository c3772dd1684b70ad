using System.Globalization;
using System.Text;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Platforms.Features.Outreach;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Evaluations;

public sealed class ExportEvaluationCsvEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/platforms/evaluations/{id:guid}/answers.csv", async (Guid id, IQuerySession session, CancellationToken ct) =>
            {
                var (round, answers) = await EvaluationResults.LoadAsync(session, id, ct);
                var names = round.Invitees.ToDictionary(i => i.Id, i => i.ActorName);
                var csv = new StringBuilder("actor,usefulness,information,frequency,themes,change,comment,answeredAt\r\n");
                foreach (var a in answers.OrderBy(a => names[a.Id]))
                {
                    csv.Append(string.Join(',', new[] { names[a.Id], $"{a.Usefulness}", $"{a.Information}", a.Frequency, a.Themes ?? "",
                        a.Change ?? "", a.Comment ?? "", a.AnsweredAt.ToString("O", CultureInfo.InvariantCulture) }.Select(RecipientExport.Cell))).Append("\r\n");
                }

                return Results.Text(csv.ToString(), "text/csv; charset=utf-8");
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("export-evaluation-csv")
            .WithSummary("The answers of an evaluation round as CSV")
            .WithDescription("`actor,usefulness,information,frequency,themes,change,comment,answeredAt` with a header row, one " +
                "row per answering actor (RFC 4180; cells a spreadsheet would take for a formula are prefixed with '). " +
                "Another centre's round is 404.")
            .Produces<string>(StatusCodes.Status200OK, "text/csv").ProducesProblem(StatusCodes.Status404NotFound);
}
