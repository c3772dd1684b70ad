using System.Globalization;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Monitoring.Feed;
using Cpic.Monitoring.Statistics;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace Cpic.Monitoring.Features.Feed;

/// <summary>
/// GET /api/v1/monitoring/facts: the change feed of anonymised facts for the ministry's data warehouse. Rows are
/// written to the response as they are read, a chunk at a time, so memory stays flat however many are asked for.
/// </summary>
public sealed class GetFactsEndpoint : ICarterModule
{
    public const int MaxLimit = 1_000_000;
    private const string NdjsonType = "application/x-ndjson";

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/monitoring/facts", Handle)
            .RequireAuthorization(Policies.Ministry)
            .WithTags("Monitoring").WithName("get-monitoring-facts")
            .WithSummary("Change feed of anonymised facts (ministry): services, field visits, audiences, cases, referrals, interpreter bookings; NDJSON or CSV")
            .WithDescription("Schema version 3 (header `Cpic-Facts-Schema`; columns: seq, serviceId, clientKey, " +
                "status, primary, centre, workplace, region, date, serviceType, form, placeType, topics (CSV: joined by |), " +
                "minutes, interpreterLanguage, sex, birthYearBand, nationality, residenceCategory, rowId, kind, people, " +
                "placeKey, closedOn, closeReason, direction, partnerType). `kind` (new in 3) is service, fieldVisit, " +
                "audience, case, referral or interpreterBooking; each kind fills its own columns and leaves the others " +
                "null (docs/monitoring.md). Every change of a row gives it a new, higher `seq`: pass the last `seq` you " +
                "received as `after` to get what changed since (an `after` that is not a whole number is a 400); " +
                "keep the latest row per rowId (the row's identity, which a merge does not change; a merge re-points " +
                "clientKey and re-emits the row), then count the rows whose status is not cancelled or removed. clientKey " +
                "is a pseudonym of the client (a keyed hash, stable across pulls), not the id of the client's record. " +
                "`limit` 1–1,000,000 (default 100,000). NDJSON by default; CSV with `format=csv` or Accept: text/csv.")
            .Produces<string>(200, NdjsonType, StatisticsExport.CsvType)
            .ProducesHeader("Cpic-Facts-Schema", "The schema version of the rows (see the description).", 200)
            .ProducesProblem(400).ProducesProblem(403).ProducesValidationProblem(422);

    private static async Task Handle(string? after, int? limit, string? format, HttpContext http, IDocumentStore store,
        ClientKeys clientKeys, CancellationToken ct)
    {
        // A cursor that is not a seq is malformed (400), as a tampered cursor of a list is.
        var from = string.IsNullOrEmpty(after) ? 0
            : long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var a) ? a : throw new MalformedRequestException("after must be the seq of a row you received (a whole number).");
        var count = limit ?? 100_000;
        if (count is < 1 or > MaxLimit)
        {
            throw new UnprocessableException("limit", $"limit must be between 1 and {MaxLimit:N0}.");
        }

        var csv = format?.ToLowerInvariant() switch
        {
            "csv" => true,
            "ndjson" => false,
            null => http.Request.Headers.Accept.ToString().Contains(StatisticsExport.CsvType, StringComparison.OrdinalIgnoreCase),
            _ => throw new UnprocessableException("format", "format must be ndjson or csv."),
        };
        await using var connection = await StatisticsReader.OpenAsync(store, ct);
        await using var command = new NpgsqlCommand(FactRow.Select, connection);
        command.Parameters.AddWithValue("after", from);
        command.Parameters.AddWithValue("limit", count);
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, ct);
        http.Response.ContentType = csv ? $"{StatisticsExport.CsvType}; charset=utf-8" : NdjsonType;
        http.Response.Headers["Cpic-Facts-Schema"] = FactRow.SchemaVersion.ToString(CultureInfo.InvariantCulture);
        await (csv ? FactStreams.WriteCsv(reader, clientKeys, http.Response, ct)
            : FactStreams.WriteNdjson(reader, clientKeys, http.Response, ct));
    }
}
