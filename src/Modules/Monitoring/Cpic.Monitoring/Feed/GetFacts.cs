using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Monitoring.Statistics;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Npgsql;

namespace Cpic.Monitoring.Feed;

/// <summary>
/// GET /api/v1/monitoring/facts: the change feed of anonymised facts for the ministry's data warehouse. Rows are
/// written to the response as they are read, a chunk at a time, so memory stays flat however many are asked for.
/// </summary>
public sealed class GetFacts : ICarterModule
{
    public const int MaxLimit = 1_000_000;
    private const string NdjsonType = "application/x-ndjson";
    private const int ChunkRows = 2_000;

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/monitoring/facts", Handle)
            .RequireAuthorization(Policies.Ministry)
            .WithTags("Monitoring").WithName("get-monitoring-facts")
            .WithSummary("Change feed of anonymised service facts (ministry), NDJSON or CSV")
            .WithDescription("Schema version 1 (header `Cpic-Facts-Schema`; columns: " + "seq, serviceId, clientKey, " +
                "status (active, cancelled, removed), primary, centre, workplace, region, date, serviceType, form, " +
                "placeType, topics (CSV: joined by |), minutes, interpreterLanguage, sex, birthYearBand, nationality, " +
                "residenceCategory). Every change of a row gives it a new, higher `seq`: pass the last `seq` you " +
                "received as `after` to get what changed since; keep the latest row per (serviceId, clientKey). " +
                "`limit` 1–1,000,000 (default 100,000). NDJSON by default; CSV with `format=csv` or Accept: text/csv.")
            .Produces<string>(200, NdjsonType, StatisticsExport.CsvType)
            .ProducesProblem(403).ProducesValidationProblem(422);

    private static async Task Handle(string? after, int? limit, string? format, HttpContext http, IDocumentStore store,
        CancellationToken ct)
    {
        var from = after is null ? 0 : long.TryParse(after, NumberStyles.None, CultureInfo.InvariantCulture, out var a)
            ? a : throw new UnprocessableException("after", "after must be the seq of a row you received (a whole number).");
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
        await (csv ? WriteCsv(reader, http.Response, ct) : WriteNdjson(reader, http.Response, ct));
    }

    private static async Task WriteCsv(NpgsqlDataReader reader, HttpResponse response, CancellationToken ct)
    {
        var text = new StringWriter(new StringBuilder(256 * ChunkRows), CultureInfo.InvariantCulture);
        Csv.WriteRow(text, FactRow.Columns);
        var values = new string?[FactRow.Columns.Length];
        for (var rows = 1; await reader.ReadAsync(ct); rows++)
        {
            FactRow.Read(reader, values);
            Csv.WriteRow(text, values);
            if (rows % ChunkRows == 0)
            {
                await Flush(text, response, ct);
            }
        }

        await Flush(text, response, ct);
    }

    private static async Task Flush(StringWriter text, HttpResponse response, CancellationToken ct)
    {
        var chunk = text.GetStringBuilder();
        foreach (var part in chunk.GetChunks())
        {
            Encoding.UTF8.GetBytes(part.Span, response.BodyWriter);
        }

        chunk.Clear();
        await response.BodyWriter.FlushAsync(ct);
    }

    private static async Task WriteNdjson(NpgsqlDataReader reader, HttpResponse response, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(512 * ChunkRows);
        await using var json = new Utf8JsonWriter(buffer);
        var values = new string?[FactRow.Columns.Length];
        for (var rows = 1; await reader.ReadAsync(ct); rows++)
        {
            FactRow.Read(reader, values);
            WriteObject(json, values);
            json.Flush();
            buffer.Write("\n"u8);
            json.Reset(buffer);
            if (rows % ChunkRows == 0)
            {
                await response.BodyWriter.WriteAsync(buffer.WrittenMemory, ct);
                buffer.ResetWrittenCount();
            }
        }

        await response.BodyWriter.WriteAsync(buffer.WrittenMemory, ct);
    }

    // Numbers and flags as JSON numbers and booleans, topics as an array; the rest are strings or null.
    private static void WriteObject(Utf8JsonWriter json, string?[] values)
    {
        json.WriteStartObject();
        for (var i = 0; i < values.Length; i++)
        {
            var name = FactRow.Columns[i];
            if (values[i] is null) json.WriteNull(name);
            else if (i is 0 or 13) json.WriteNumber(name, long.Parse(values[i]!, CultureInfo.InvariantCulture));
            else if (i == 4) json.WriteBoolean(name, values[i] == "true");
            else if (i == 12) WriteTopics(json, name, values[i]!);
            else json.WriteString(name, values[i]);
        }

        json.WriteEndObject();
    }

    private static void WriteTopics(Utf8JsonWriter json, string name, string topics)
    {
        json.WriteStartArray(name);
        foreach (var topic in topics.Split('|', StringSplitOptions.RemoveEmptyEntries))
        {
            json.WriteStringValue(topic);
        }

        json.WriteEndArray();
    }
}
