using System.Text.Json.Nodes;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Imports;

namespace Cpic.Api.Tests.Imports;

/// <summary>Reading CSV and NDJSON import files into rows, without a host.</summary>
public sealed class ImportFileTests
{
    private static readonly ImportLayout Layout = new("things",
    [
        ImportColumn.SourceId, new("name", "name", Required: true), new("count", "count", CellKind.Number),
        new("active", "active", CellKind.Flag), new("tags", "tags", CellKind.List), new("place.town", "place.town"),
        new("first.from", "items.0.from"),
    ]);

    private static JsonObject Json(ImportRowText row) => JsonNode.Parse(row.Json!)!.AsObject();

    [Fact]
    public void A_csv_row_becomes_the_json_of_the_api_with_typed_cells_and_nested_paths()
    {
        var rows = ImportFile.Parse("\uFEFFName;SourceId;count;active;tags;place.town;first.from\r\n" +
            "\"Dům \"\"U Lípy\"\"\";A-1;12;true;a| b |;Liberec;2020-01-01\r\n", ImportFile.Csv, Layout);

        rows.Should().ContainSingle().Which.Should().Match<ImportRowText>(r => r.Line == 2 && r.SourceId == "A-1" && r.Errors == null);
        var json = Json(rows[0]);
        json["name"]!.GetValue<string>().Should().Be("Dům \"U Lípy\"");
        json.Remove("name");
        json.ToJsonString().Should().Be("""{"sourceId":"A-1","count":12,"active":true,"tags":["a","b"],"place":{"town":"Liberec"},"items":[{"from":"2020-01-01"}]}""");
    }

    [Fact]
    public void Empty_cells_are_absent_and_a_cell_of_the_wrong_kind_stays_text_for_the_rules_to_refuse()
    {
        var row = ImportFile.Parse("sourceId,name,count,active\nA,,many,yes\n", ImportFile.Csv, Layout).Single();

        Json(row).ToJsonString().Should().Be("""{"sourceId":"A","count":"many","active":"yes"}""");
    }

    [Fact]
    public void A_row_without_source_id_or_repeating_one_is_refused_and_the_others_are_kept()
    {
        var rows = ImportFile.Parse("sourceId,name\nA,x\n,y\nA,z\n\nB,w\n", ImportFile.Csv, Layout);

        rows.Select(r => (r.Line, r.Errors?.Keys.Single())).Should().Equal((2, null), (3, "sourceId"), (4, "sourceId"), (6, null));
        rows[2].Errors!["sourceId"][0].Should().Be("sourceId A repeats line 2.");
    }

    [Fact]
    public void A_line_with_more_cells_than_columns_is_refused()
    {
        ImportFile.Parse("sourceId,name\nA,x,surprise\n", ImportFile.Csv, Layout).Single().Errors!.Keys.Should().Equal("$");
    }

    [Fact]
    public void Ndjson_lines_are_the_rows_and_a_line_that_is_not_an_object_is_refused_alone()
    {
        var rows = ImportFile.Parse("{\"sourceId\":\"A\",\"name\":\"x\"}\n\n[1]\n{\"sourceId\": 5}\nnot json\n", ImportFile.Ndjson, Layout);

        rows.Select(r => r.Line).Should().Equal(1, 3, 4, 5);
        rows[0].Json.Should().Be("""{"sourceId":"A","name":"x"}""");
        rows.Skip(1).Should().OnlyContain(r => r.Json == null && r.Errors != null);
    }

    [Theory]
    [InlineData("sourceId,name,colour\nA,x,red\n", "Unknown columns: colour.")]
    [InlineData("sourceId,count\nA,1\n", "Missing columns: name.")]
    [InlineData("sourceId,name,NAME\nA,x,y\n", "Columns named twice: name.")]
    public void A_bad_header_refuses_the_whole_file(string csv, string problem)
    {
        var refuse = () => ImportFile.Parse(csv, ImportFile.Csv, Layout);

        refuse.Should().Throw<UnprocessableException>().Which.Errors["file"][0].Should().StartWith(problem);
    }

    [Theory]
    [InlineData("application/x-ndjson; charset=utf-8", ImportFile.Ndjson)]
    [InlineData("application/ndjson", ImportFile.Ndjson)]
    [InlineData("Text/CSV", ImportFile.Csv)]
    public void The_content_type_chooses_the_format(string contentType, string format) =>
        ImportFile.FormatOf(contentType).Should().Be(format);
}
