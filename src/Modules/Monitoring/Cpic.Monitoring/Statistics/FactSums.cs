using System.Runtime.InteropServices;

namespace Cpic.Monitoring.Statistics;

/// <summary>
/// The sums of <see cref="FactAggregation"/>, fed one client's rows at a time. Per dimension and value code: the
/// measures (clients, services, received, minutes) and the last client group that counted there. Service dimensions
/// and topics count a client once per value it had in the period; client dimensions count it once, under its one
/// value of the period (residence category: the one of its last service); the cross table counts a client once per
/// cell its rows fall in.
/// </summary>
internal sealed class FactSums
{
    private readonly FactColumns _facts;
    private readonly AgeBands _bands;
    private readonly ushort[][] _serviceColumns;
    private readonly Cells[] _service;
    private readonly Cells _topic;
    private readonly Cells[] _client;
    private readonly Dimension[] _groupBy;
    private readonly ushort[]?[] _axes;
    private readonly Dictionary<(int, int), Cell> _cross = [];
    private readonly long[] _total = new long[4];
    private int _group;

    public FactSums(FactColumns facts, IReadOnlyList<Dimension> groupBy, AgeBands bands)
    {
        (_facts, _bands, _groupBy) = (facts, bands, [.. groupBy]);
        _serviceColumns = [.. Dimension.OfService.Select(d => facts.Texts[(int)d.Column!])];
        _service = [.. Dimension.OfService.Select(_ => new Cells(facts.Values.Count))];
        _topic = new Cells(facts.Values.Count);
        _client = [.. Dimension.OfClients.Select(_ => new Cells(facts.Values.Count))];
        _axes = [.. groupBy.Select(d => d.Column is { } column ? facts.Texts[(int)column] : null)];
    }

    /// <summary>Adds one client's rows; <paramref name="counts"/>: false for the rows of services without clients.</summary>
    public void AddClient(ReadOnlySpan<int> rows, bool counts)
    {
        _group++;
        var texts = _facts.Texts;
        var (services, received, minutes) = (0L, 0L, 0L);
        var (nationality, sex, band, residence, last) = (0, 0, 0, 0, int.MinValue);
        foreach (var row in rows)
        {
            var first = _facts.First[row];
            var (service, served) = (first ? 1 : 0, first ? _facts.Minutes[row] : 0);
            for (var d = 0; d < _service.Length; d++)
            {
                _service[d].Add(_serviceColumns[d][row], _group, counts, service, 0, served);
            }

            foreach (var topic in _facts.TopicLists[_facts.Topics[row]])
            {
                _topic.Add(topic, _group, counts, service, 1, served);
            }

            if (_groupBy.Length > 0)
            {
                AddCross(row, counts, service, served);
            }

            (services, received, minutes) = (services + service, received + 1, minutes + served);
            nationality = Max(nationality, texts[(int)FactColumns.Text.Nationality][row]);
            sex = Max(sex, texts[(int)FactColumns.Text.Sex][row]);
            band = Max(band, _bands.Of(_facts.BirthYear[row]));
            if (_facts.Date[row] > last)
            {
                (last, residence) = (_facts.Date[row], texts[(int)FactColumns.Text.Residence][row]);
            }
        }

        int[] values = [nationality, residence, sex, band]; // the order of Dimension.OfClients
        for (var d = 0; d < _client.Length; d++)
        {
            _client[d].Add(values[d], _group, counts, services, received, minutes);
        }

        long[] client = [counts ? 1 : 0, services, received, minutes];
        for (var m = 0; m < 4; m++)
        {
            _total[m] += client[m];
        }
    }

    public FactFigures Figures()
    {
        var breakdowns = new Dictionary<Dimension, IReadOnlyList<FigureRow>> { [Dimension.Topic] = _topic.Rows(_facts.Values) };
        for (var d = 0; d < _service.Length; d++)
        {
            breakdowns[Dimension.OfService[d]] = _service[d].Rows(_facts.Values);
        }

        for (var d = 0; d < _client.Length; d++)
        {
            breakdowns[Dimension.OfClients[d]] = _client[d].Rows(_facts.Values);
        }

        return new(_total, breakdowns,
            [.. _cross.Select(c => new FigureRow(_facts.Values[c.Key.Item1], _facts.Values[c.Key.Item2], c.Value.Measures))]);
    }

    // The cells of the row: its value of the first dimension by its value of the second (each topic, for the topic).
    private void AddCross(int row, bool counts, int service, int minutes)
    {
        var topics = _facts.TopicLists[_facts.Topics[row]];
        var firsts = _axes[0] is null && _groupBy[0] == Dimension.Topic ? topics.Length : 1;
        var seconds = _groupBy.Length > 1 && _axes[1] is null && _groupBy[1] == Dimension.Topic ? topics.Length : 1;
        for (var i = 0; i < firsts; i++)
        {
            for (var j = 0; j < seconds; j++)
            {
                var key = (Value(0, row, topics, i), _groupBy.Length > 1 ? Value(1, row, topics, j) : 0);
                ref var cell = ref CollectionsMarshal.GetValueRefOrAddDefault(_cross, key, out var exists);
                if (!exists)
                {
                    cell = new Cell();
                }

                cell!.Add(_group, counts, service, 1, minutes);
            }
        }
    }

    // The code of the row's value on axis 0 or 1 (its i-th topic, for the topic).
    private int Value(int axis, int row, int[] topics, int i) => _axes[axis] is { } column ? column[row]
        : _groupBy[axis] == Dimension.Topic ? topics[i]
        : _bands.Of(_facts.BirthYear[row]);

    // The larger text (ordinal order, as PostgreSQL's max under the C collation); null loses.
    private int Max(int code, int other) =>
        code == 0 || (other != 0 && string.CompareOrdinal(_facts.Values[other], _facts.Values[code]) > 0) ? other : code;

    /// <summary>One cross-table cell: its measures and the last client group counted there.</summary>
    private sealed class Cell
    {
        public long[] Measures { get; } = new long[4];

        private int _group;

        public void Add(int group, bool counts, long services, long received, long minutes)
        {
            Measures[0] += _group != group && counts ? 1 : 0;
            (Measures[1], Measures[2], Measures[3], _group) =
                (Measures[1] + services, Measures[2] + received, Measures[3] + minutes, group);
        }
    }

    /// <summary>Measures per value code, and the last client group seen at each (0: none yet).</summary>
    private sealed class Cells(int codes)
    {
        private readonly long[] _measures = new long[codes * 4];
        private readonly int[] _groups = new int[codes];

        public void Add(int code, int group, bool counts, long services, long received, long minutes)
        {
            var at = code * 4;
            _measures[at] += _groups[code] != group && counts ? 1 : 0;
            _measures[at + 1] += services;
            _measures[at + 2] += received;
            _measures[at + 3] += minutes;
            _groups[code] = group;
        }

        public IReadOnlyList<FigureRow> Rows(List<string?> values) =>
        [
            .. Enumerable.Range(0, _groups.Length).Where(code => _groups[code] != 0)
                .Select(code => new FigureRow(values[code], null, _measures.AsSpan(code * 4, 4).ToArray())),
        ];
    }
}
