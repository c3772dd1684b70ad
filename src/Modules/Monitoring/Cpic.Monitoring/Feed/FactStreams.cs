using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Cpic.Monitoring.Statistics;
using Microsoft.AspNetCore.Http;
using Npgsql;

namespace Cpic.Monitoring.Feed;

/// <summary>
/// Writes feed rows to the response as they are read: a chunk of rows is formatted, handed to the response and
/// flushed, so memory stays flat however many rows are asked for.
/// </summary>
internal static class FactStreams
{
    private const int ChunkRows = 2_000;

    public static async Task WriteCsv(NpgsqlDataReader reader, ClientKeys clientKeys, HttpResponse response, CancellationToken ct)
    {
        var text = new StringWriter(new StringBuilder(256 * ChunkRows), CultureInfo.InvariantCulture);
        Csv.WriteRow(text, FactRow.Columns);
        var values = new string?[FactRow.Columns.Length];
        for (var rows = 1; await reader.ReadAsync(ct); rows++)
        {
            FactRow.Read(reader, clientKeys, values);
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

    public static async Task WriteNdjson(NpgsqlDataReader reader, ClientKeys clientKeys, HttpResponse response, CancellationToken ct)
    {
        var buffer = new ArrayBufferWriter<byte>(512 * ChunkRows);
        await using var json = new Utf8JsonWriter(buffer);
        var values = new string?[FactRow.Columns.Length];
        for (var rows = 1; await reader.ReadAsync(ct); rows++)
        {
            FactRow.Read(reader, clientKeys, values);
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
            else if (FactRow.Numbers.Contains(i)) json.WriteNumber(name, long.Parse(values[i]!, CultureInfo.InvariantCulture));
            else if (i == FactRow.Primary) json.WriteBoolean(name, values[i] == "true");
            else if (i == FactRow.Topics) WriteTopics(json, name, values[i]!);
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
