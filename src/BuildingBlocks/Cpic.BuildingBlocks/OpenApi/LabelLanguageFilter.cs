using System.Text.Json.Nodes;
using Cpic.BuildingBlocks.Reference;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>The <c>lang</c> parameter of the code lists (<see cref="CodeListRoutes"/>) is an enum of the languages served.</summary>
internal sealed class LabelLanguageFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var lang = (operation.Parameters ?? []).OfType<OpenApiParameter>()
            .FirstOrDefault(p => p.In == ParameterLocation.Query && p.Name == "lang");
        if (lang?.Schema is OpenApiSchema schema)
        {
            schema.Enum = [.. LabelLanguages.All.Select(l => (JsonNode)JsonValue.Create(l))];
        }
    }
}
