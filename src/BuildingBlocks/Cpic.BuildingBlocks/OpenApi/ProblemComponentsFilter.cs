using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>Adds the problem schemas the responses refer to, in place of ASP.NET Core's untyped ProblemDetails.</summary>
internal sealed class ProblemComponentsFilter : IDocumentFilter
{
    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var referenced = document.Paths.Values.SelectMany(path => path.Operations?.Values.AsEnumerable() ?? [])
            .SelectMany(operation => operation.Responses?.Values.AsEnumerable() ?? [])
            .Select(response => response.Content is { } content && content.TryGetValue(ProblemSchemas.Media, out var media) ? media.Schema : null)
            .SelectMany(schema => schema is OpenApiSchema { AnyOf: { } variants } ? variants : schema is null ? [] : [schema])
            .OfType<OpenApiSchemaReference>().Select(reference => reference.Reference.Id!).ToHashSet();
        ProblemSchemas.AddComponents(document, referenced);
        document.Components!.Schemas!.Remove("ProblemDetails");
        document.Components.Schemas.Remove("HttpValidationProblemDetails");
    }
}
