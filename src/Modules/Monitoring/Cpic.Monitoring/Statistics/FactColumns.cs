using Npgsql;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// The rows of <c>monitoring.service_facts</c> held column by column in memory (ADR 0148): every text value as a
/// 16-bit code of one table (code 0 is null; the values come from code lists, a few hundred in all), dates as day
/// numbers, each client key as a small number (-1: no client).
/// Rows are keyed by service and client, as in the table, so a changed row is overwritten where it is.
/// </summary>
internal sealed class FactColumns(int capacity = 0)
{
    /// <summary>The columns <see cref="Set"/> reads, in this order.</summary>
    public const string Select = """
        select service_id, client_id, client_key, ordinal, status = 'active', seq, date, minutes, birth_year, topics,
               centre, workplace, region, service_type, form, place_type, interpreter_language, sex, nationality,
               residence_category
        from monitoring.service_facts
        """;

    /// <summary>The text columns, in the order of <see cref="Select"/> from its eleventh column.</summary>
    public enum Text { Centre, Workplace, Region, ServiceType, Form, PlaceType, Language, Sex, Nationality, Residence, Month }

    private const int FirstText = 10;
    private readonly Dictionary<(Guid Service, Guid Client), int> _rows = new(capacity);
    private readonly Dictionary<string, int> _codes = new(StringComparer.Ordinal);
    private readonly Dictionary<Guid, int> _clients = [];
    private readonly Dictionary<string, int> _topicLists = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _months = [];

    public int Count { get; private set; }

    /// <summary>The text of each code; code 0 is null.</summary>
    public List<string?> Values { get; } = [null];

    /// <summary>The topic codes of each topic list.</summary>
    public List<int[]> TopicLists { get; } = [];

    public int[] Date { get; private set; } = [];
    public int[] Client { get; private set; } = [];
    public int[] Minutes { get; private set; } = [];
    public ushort[] BirthYear { get; private set; } = [];
    public int[] Topics { get; private set; } = [];
    public bool[] Active { get; private set; } = [];
    public bool[] First { get; private set; } = [];
    public ushort[][] Texts { get; private set; } = [.. Enum.GetValues<Text>().Select(_ => Array.Empty<ushort>())];

    /// <summary>The code of <paramref name="value"/>, added when new (null is 0).</summary>
    public int Code(string? value)
    {
        if (value is null)
        {
            return 0;
        }

        if (!_codes.TryGetValue(value, out var code))
        {
            code = Values.Count;
            Values.Add(value);
            _codes[value] = code;
        }

        return code;
    }

    /// <summary>The code of <paramref name="value"/>, or -1 when no row has it.</summary>
    public int Find(string value) => _codes.GetValueOrDefault(value, -1);

    /// <summary>Writes the current row of <paramref name="reader"/> (read with <see cref="Select"/>); returns its seq.</summary>
    public long Set(NpgsqlDataReader reader)
    {
        var key = (reader.GetGuid(0), reader.GetGuid(1));
        if (!_rows.TryGetValue(key, out var row))
        {
            row = Count++;
            _rows[key] = row;
            Grow();
        }

        Client[row] = reader.IsDBNull(2) ? -1 : ClientNumber(reader.GetGuid(2));
        First[row] = reader.GetInt32(3) == 0;
        Active[row] = reader.GetBoolean(4);
        var date = reader.GetFieldValue<DateOnly>(6);
        Date[row] = date.DayNumber;
        Minutes[row] = reader.GetInt32(7);
        BirthYear[row] = reader.IsDBNull(8) ? (ushort)0 : checked((ushort)reader.GetInt32(8));
        Topics[row] = TopicList(reader.GetFieldValue<string[]>(9));
        for (var t = 0; t < (int)Text.Month; t++)
        {
            Texts[t][row] = checked((ushort)Code(reader.IsDBNull(FirstText + t) ? null : reader.GetString(FirstText + t)));
        }

        Texts[(int)Text.Month][row] = checked((ushort)MonthCode(date));
        return reader.GetInt64(5);
    }

    private int MonthCode(DateOnly date)
    {
        var month = (date.Year * 12) + date.Month;
        if (!_months.TryGetValue(month, out var code))
        {
            code = Code(date.ToString("yyyy-MM", System.Globalization.CultureInfo.InvariantCulture));
            _months[month] = code;
        }

        return code;
    }

    private int ClientNumber(Guid key)
    {
        if (!_clients.TryGetValue(key, out var number))
        {
            number = _clients.Count;
            _clients[key] = number;
        }

        return number;
    }

    private int TopicList(string[] topics)
    {
        var name = string.Join('\n', topics);
        if (!_topicLists.TryGetValue(name, out var list))
        {
            list = TopicLists.Count;
            TopicLists.Add([.. topics.Select(Code)]);
            _topicLists[name] = list;
        }

        return list;
    }

    private void Grow()
    {
        if (Count <= Date.Length)
        {
            return;
        }

        var size = Math.Max(Math.Max(1024, capacity), Date.Length * 3 / 2);
        Date = Resized(Date, size);
        Client = Resized(Client, size);
        Minutes = Resized(Minutes, size);
        BirthYear = Resized(BirthYear, size);
        Topics = Resized(Topics, size);
        Active = Resized(Active, size);
        First = Resized(First, size);
        Texts = [.. Texts.Select(t => Resized(t, size))];
    }

    private static T[] Resized<T>(T[] array, int size)
    {
        Array.Resize(ref array, size);
        return array;
    }
}
