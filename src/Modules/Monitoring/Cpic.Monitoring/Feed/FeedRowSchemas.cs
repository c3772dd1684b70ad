using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.Monitoring.Feed;

/// <summary>
/// One flat schema per kind of facts-feed row (<c>Monitoring.FeedRow.Service</c>...), built from
/// <see cref="FactRow.Columns"/>, <see cref="FeedColumns"/> and <see cref="FeedRowKind"/>: every column, the kind's
/// own ones required, the others always null. <c>Monitoring.FeedRow</c> is their <c>oneOf</c>, discriminated by
/// <c>kind</c>: the schema of each NDJSON line. The CSV answer is text whose description lists the columns in order.
/// (Swashbuckle's polymorphism adds <c>allOf</c> and <c>additionalProperties: false</c>, which rows that carry every
/// column contradict.)
/// </summary>
internal sealed class FeedRowSchemas : IDocumentFilter
{
    public const string Union = "Monitoring.FeedRow";
    private const string Path = "/api/v1/monitoring/facts";

    public static string NameOf(FeedRowKind kind) => $"{Union}.{char.ToUpperInvariant(kind.Name[0])}{kind.Name[1..]}";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components!.Schemas!;
        foreach (var kind in FeedRowKind.All)
        {
            schemas[NameOf(kind)] = Row(kind);
        }

        schemas[Union] = new OpenApiSchema
        {
            Description = "One line of the NDJSON facts feed: a row of one of the kinds, told apart by `kind`.",
            OneOf = [.. FeedRowKind.All.Select(k => new OpenApiSchemaReference(NameOf(k), document))],
            Discriminator = new OpenApiDiscriminator
            {
                PropertyName = "kind",
                Mapping = FeedRowKind.All.ToDictionary(k => k.Name, k => new OpenApiSchemaReference(NameOf(k), document)),
            },
        };
        if (document.Paths.TryGetValue(Path, out var path) && path.Operations?[HttpMethod.Get].Responses?["200"].Content is { } content)
        {
            content["application/x-ndjson"] = new OpenApiMediaType { Schema = new OpenApiSchemaReference(Union, document) };
            content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema
            {
                Type = JsonSchemaType.String,
                Description = $"A header row, then one row per line, columns in this order: {string.Join(", ", FactRow.Columns)}. " +
                    $"An empty field is null; topics are joined by `|`. Each row means what its `{Union}` line means.",
            } };
        }
    }

    public static OpenApiSchema Row(FeedRowKind kind)
    {
        var filled = kind.Columns.ToDictionary(c => c.Column, c => c.Nullable);
        var row = new OpenApiSchema
        {
            Type = JsonSchemaType.Object,
            Description = $"A `{kind.Name}` row of the facts feed (docs/monitoring.md); the columns it does not fill are null.",
            Required = new HashSet<string>(filled.Keys),
            Properties = new Dictionary<string, IOpenApiSchema>(),
        };
        foreach (var column in FactRow.Columns)
        {
            var schema = column switch
            {
                "kind" => FeedColumns.Codes("What the row is.", [kind.Name]),
                "status" => FeedColumns.Codes("The row's state; count rows that are not cancelled or removed.", kind.Statuses),
                _ => FeedColumns.Schema(column),
            };
            var own = filled.TryGetValue(column, out var nullable);
            if (!own)
            {
                (schema.Enum, schema.Description) = ([], $"Always null in a `{kind.Name}` row.");
            }

            row.Properties[column] = nullable || !own ? Nullable(schema) : schema;
        }

        return row;
    }

    private static OpenApiSchema Nullable(OpenApiSchema schema)
    {
        schema.Type |= JsonSchemaType.Null;
        schema.Enum?.Add(JsonNullSentinel.JsonNull);
        return schema;
    }
}
