using System.Collections.Concurrent;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>Non-nullable value-type properties per schema id, noted by <see cref="RequiredPropertiesFilter"/>.</summary>
internal sealed class ValueTypeMembers
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, bool>> members = new();

    public void Add(string schemaId, string property) => members.GetOrAdd(schemaId, _ => new())[property] = true;

    public IEnumerable<string> Of(string schemaId) =>
        members.TryGetValue(schemaId, out var names) ? names.Keys : [];
}

/// <summary>
/// A non-nullable value type is always in an answer but may be left out of a request (it then takes its default),
/// so it is required only in schemas that no request body reaches.
/// </summary>
internal sealed class InputSchemasFilter(ValueTypeMembers valueTypes) : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components?.Schemas ?? new Dictionary<string, IOpenApiSchema>();
        var inputs = new HashSet<string>();
        var requestSchemas = document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.RequestBody?.Content?.Values ?? [])
            .Select(media => media.Schema);
        foreach (var schema in requestSchemas)
        {
            Collect(schema, schemas, inputs);
        }

        foreach (var (id, schema) in schemas)
        {
            if (!inputs.Contains(id) && schema is OpenApiSchema target && target.Properties is { } properties)
            {
                foreach (var name in valueTypes.Of(id).Where(properties.ContainsKey))
                {
                    RequiredPropertiesFilter.Require(target, name, properties[name]);
                }
            }
        }
    }

    private static void Collect(IOpenApiSchema? schema, IDictionary<string, IOpenApiSchema> schemas, HashSet<string> seen)
    {
        switch (schema)
        {
            case null:
                return;
            case OpenApiSchemaReference { Reference.Id: { } id }:
                if (seen.Add(id) && schemas.TryGetValue(id, out var target))
                {
                    Collect(target, schemas, seen);
                }

                return;
        }

        Collect(schema.Items, schemas, seen);
        Collect(schema.AdditionalProperties, schemas, seen);
        foreach (var nested in (schema.Properties?.Values ?? []).Concat(schema.AllOf ?? []).Concat(schema.OneOf ?? [])
                     .Concat(schema.AnyOf ?? []))
        {
            Collect(nested, schemas, seen);
        }
    }
}
