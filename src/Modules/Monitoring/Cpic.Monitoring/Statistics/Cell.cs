using System.Text.Json;
using System.Text.Json.Serialization;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// A count in a statistics response. In public figures a count from 1 to 4 is suppressed and written as the
/// string <c>"&lt;5"</c>, so that nobody can be singled out; in a line of cells that add up to a shown figure, every
/// hidden cell, small or hiding a small one (<see cref="SecondarySuppression"/>), is written <c>"x"</c>; otherwise it
/// is a JSON number.
/// </summary>
[JsonConverter(typeof(CellConverter))]
internal readonly record struct Cell(long Value, bool Suppressed, bool Protecting = false)
{
    public const string SuppressedText = "<5", ProtectingText = "x";

    public static Cell Of(long value, bool publicFigures) => new(value, publicFigures && value is >= 1 and <= 4);

    /// <summary>Hidden in a line that holds a suppressed cell, written "x" whatever its value.</summary>
    public Cell Hidden() => this with { Suppressed = true, Protecting = true };

    public override string ToString() => Protecting ? ProtectingText
        : Suppressed ? SuppressedText : Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

internal sealed class CellConverter : JsonConverter<Cell>
{
    public override Cell Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.String ? new Cell(0, true, reader.GetString() == Cell.ProtectingText)
            : new Cell(reader.GetInt64(), false);

    public override void Write(Utf8JsonWriter writer, Cell value, JsonSerializerOptions options)
    {
        if (value.Suppressed)
        {
            writer.WriteStringValue(value.ToString());
        }
        else
        {
            writer.WriteNumberValue(value.Value);
        }
    }
}
