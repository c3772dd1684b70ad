using Cpic.Monitoring.Feed;
using Microsoft.OpenApi;

namespace Cpic.Monitoring.Tests.Unit;

/// <summary>
/// The row schemas of the facts feed follow <see cref="FactRow.Columns"/>: a column added to the feed fails here until
/// <see cref="FeedColumns"/> types it, and each schema types a column as <see cref="FactStreams"/> writes it.
/// </summary>
public sealed class FeedRowSchemaTests
{
    public static TheoryData<string> Kinds => [.. FeedRowKind.All.Select(k => k.Name)];

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_has_every_column_in_order_typed_as_the_feed_writes_it(string name)
    {
        var kind = FeedRowKind.All.Single(k => k.Name == name);
        var row = FeedRowSchemas.Row(kind);

        row.Properties!.Keys.Should().Equal(FactRow.Columns);
        row.Required.Should().BeSubsetOf(FactRow.Columns).And.Contain(FeedRowKind.Always);
        for (var i = 0; i < FactRow.Columns.Length; i++)
        {
            var expected = FactRow.Numbers.Contains(i) ? JsonSchemaType.Integer
                : i == FactRow.Primary ? JsonSchemaType.Boolean
                : i == FactRow.Topics ? JsonSchemaType.Array
                : JsonSchemaType.String;
            (row.Properties[FactRow.Columns[i]].Type & ~JsonSchemaType.Null).Should().Be(expected, FactRow.Columns[i]);
        }

        row.Properties["kind"].Enum!.Select(v => v.ToString()).Should().Equal(name);
    }

    [Fact]
    public void The_kinds_fill_only_known_columns_and_every_column_is_filled_by_some_kind()
    {
        var filled = FeedRowKind.All.SelectMany(k => k.Columns.Select(c => c.Column)).ToHashSet();
        filled.Should().BeEquivalentTo(FactRow.Columns);
    }
}
