using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>
/// A nullable property whose type is a union (<c>oneOf</c>) gets a variant that is only <c>null</c>, which OpenAPI
/// 3.0 does not allow (<c>nullable</c> needs a <c>type</c>). The null goes to the last typed variant instead.
/// </summary>
internal sealed class NullableUnionsFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var properties = (document.Components?.Schemas?.Values ?? [])
            .SelectMany(schema => schema.Properties?.Values ?? []).OfType<OpenApiSchema>();
        foreach (var property in properties.Where(p => p.OneOf is { Count: > 1 }))
        {
            var nullOnly = property.OneOf!.OfType<OpenApiSchema>().Where(v => v.Type is null or JsonSchemaType.Null && v.Enum is { Count: 1 } &&
                v.Enum[0] is null).ToList();
            if (nullOnly.Count == 0 || property.OneOf!.LastOrDefault(v => !nullOnly.Contains(v)) is not OpenApiSchema typed)
            {
                continue;
            }

            nullOnly.ForEach(v => property.OneOf!.Remove(v));
            typed.Type |= JsonSchemaType.Null;
            typed.Enum?.Add(null!);
        }
    }
}
