using System.Text.Json.Nodes;
using Cpic.BuildingBlocks.Http;
using Microsoft.OpenApi;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>
/// The schemas of problems (ADR 0013): <c>Problem</c> with the members every problem has, and for each type with
/// extensions one that adds them and fixes <c>type</c> to its URI. A response of a status refers to the schemas of the
/// types the operation can answer with; <c>Problem</c> stands for the types of the status without extensions.
/// </summary>
internal static class ProblemSchemas
{
    public const string Problem = "Problem";

    public static void Describe(IOpenApiResponse response, int status, IEnumerable<ProblemType> declared, OpenApiDocument? document)
    {
        // The status's own type (a 409 raised without one is a state conflict), its types without extensions, and
        // the ones the operation declares.
        var possible = ProblemTypes.All.Where(t => t.Status == status
                && (t == ProblemTypes.ForStatus(status) || t.Extensions.Length == 0 || declared.Contains(t))).ToList();
        List<IOpenApiSchema> variants = [.. possible.Where(t => t.Extensions.Length > 0).Select(t => Reference(t.SchemaId, document))];
        if (possible.Count == 0 || possible.Any(t => t.Extensions.Length == 0))
        {
            variants.Add(Reference(Problem, document));
        }

        if (response is OpenApiResponse editable && !editable.Description!.Contains("Problem types:", StringComparison.Ordinal))
        {
            editable.Description = $"{editable.Description!.TrimEnd('.')}. Problem types: " +
                $"{string.Join(", ", possible.Select(t => $"`{t.Slug}`"))} (each {ProblemType.Base}<name>, see docs/problems.md).";
        }

        if (response.Content?[Media] is OpenApiMediaType media)
        {
            media.Schema = variants.Count == 1 ? variants[0] : new OpenApiSchema { AnyOf = variants };
        }
    }

    public const string Media = "application/problem+json";

    /// <summary>Adds <c>Problem</c> and the schemas of the types that responses refer to.</summary>
    public static void AddComponents(OpenApiDocument document, IEnumerable<string> referenced)
    {
        var schemas = document.Components!.Schemas!;
        schemas[Problem] = Base();
        foreach (var type in ProblemTypes.All.Where(t => referenced.Contains(t.SchemaId)))
        {
            schemas[type.SchemaId] = Typed(type, document);
        }
    }

    private static OpenApiSchema Base() => new()
    {
        Type = JsonSchemaType.Object,
        Description = "An RFC 9457 problem. `type` names the kind of problem (a URI of the catalogue: " +
                      "docs/problems.md); the title is fixed per type, the detail says what happened.",
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = Text("The kind of problem, e.g. https://cpic.cz/problems/not-found.", "uri"),
            ["title"] = Text("The type's title; never changes for a type."),
            ["status"] = new OpenApiSchema { Type = JsonSchemaType.Integer, Format = "int32", Description = "The HTTP status." },
            ["detail"] = Text("What went wrong, for people; may name records."),
            ["instance"] = Text("The path of the request."),
            ["traceId"] = Text("Quote it when reporting the problem."),
        },
        Required = new HashSet<string> { "type", "title", "status", "detail", "instance", "traceId" },
    };

    private static OpenApiSchema Typed(ProblemType type, OpenApiDocument document)
    {
        var properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(type.Uri)] },
        };
        foreach (var extension in type.Extensions)
        {
            properties[extension.Name] = Extension(extension, document);
        }

        return new OpenApiSchema
        {
            Description = $"{type.Title} ({type.Status}): {type.When}",
            AllOf =
            [
                Reference(Problem, document),
                new OpenApiSchema
                {
                    Type = JsonSchemaType.Object, Properties = properties,
                    Required = new HashSet<string>(["type", .. type.Extensions.Where(e => e.Required).Select(e => e.Name)]),
                },
            ],
        };
    }

    private static IOpenApiSchema Extension(ProblemExtension extension, OpenApiDocument document)
    {
        var schema = extension.Schema switch
        {
            "uuid" => Text(extension.Description, "uuid"),
            "boolean" => new OpenApiSchema { Type = JsonSchemaType.Boolean },
            "errors" => new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                AdditionalProperties = new OpenApiSchema { Type = JsonSchemaType.Array, Items = Text("A message.") },
            },
            _ when extension.Schema.EndsWith("[]", StringComparison.Ordinal) => new OpenApiSchema
            {
                Type = JsonSchemaType.Array, Items = Item(extension.Schema[..^2], document),
            },
            _ => (OpenApiSchema?)null,
        };
        if (schema is null)
        {
            return Reference(extension.Schema, document);
        }

        schema.Description = extension.Description;
        return schema;
    }

    private static IOpenApiSchema Item(string schema, OpenApiDocument document) => schema switch
    {
        "uuid" => new OpenApiSchema { Type = JsonSchemaType.String, Format = "uuid" },
        "string" => new OpenApiSchema { Type = JsonSchemaType.String },
        _ => Reference(schema, document),
    };

    private static OpenApiSchema Text(string description, string? format = null) =>
        new() { Type = JsonSchemaType.String, Format = format, Description = description };

    private static OpenApiSchemaReference Reference(string id, OpenApiDocument? document) => new(id, document);
}
