namespace Cpic.Monitoring.Statistics;

/// <summary>
/// RFC 4180 fields, written by hand: the facts feed formats a million rows a second this way, and the
/// statistics export shares the same quoting.
/// </summary>
internal static class Csv
{
    public static void WriteField(TextWriter writer, string? value, bool first)
    {
        if (!first)
        {
            writer.Write(',');
        }

        if (value is null)
        {
            return;
        }

        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            writer.Write(value);
            return;
        }

        writer.Write('"');
        writer.Write(value.Replace("\"", "\"\"", StringComparison.Ordinal));
        writer.Write('"');
    }

    public static void WriteRow(TextWriter writer, IEnumerable<string?> fields)
    {
        var first = true;
        foreach (var field in fields)
        {
            WriteField(writer, field, first);
            first = false;
        }

        writer.Write("\r\n");
    }
}
