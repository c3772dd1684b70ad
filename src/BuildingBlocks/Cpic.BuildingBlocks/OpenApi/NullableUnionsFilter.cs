using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>
/// A nullable property whose type is a union (<c>oneOf</c>) gets a variant that is only <c>null</c>, which OpenAPI
/// 3.0 does not allow (<c>nullable</c> needs a <c>type</c>). The null goes to the last typed variant instead (and into
/// its <c>enum</c>, if it has one).
/// </summary>
internal sealed class NullableUnionsFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var properties = (document.Components?.Schemas?.Values ?? [])
            .SelectMany(schema => schema.Properties?.Values ?? []).OfType<OpenApiSchema>();
        foreach (var property in properties.Where(p => p.OneOf is { Count: > 1 }))
        {
            var nullOnly = property.OneOf!.OfType<OpenApiSchema>().Where(IsNullOnly).ToList();
            if (nullOnly.Count == 0 || property.OneOf!.LastOrDefault(v => !nullOnly.Contains(v)) is not OpenApiSchema typed)
            {
                continue;
            }

            nullOnly.ForEach(v => property.OneOf!.Remove(v));
            typed.Type |= JsonSchemaType.Null;
            typed.Enum?.Add(JsonNullSentinel.JsonNull);
        }
    }

    /// <summary>Swashbuckle's variant for null: type null and no enum (written in 3.0 as <c>enum: [null]</c>).</summary>
    private static bool IsNullOnly(OpenApiSchema variant) => variant.Type == JsonSchemaType.Null && variant.Enum is null or { Count: 0 };
}
