using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>
/// An endpoint that answers JSON, CSV, HTML or XLSX declares one response type for all of them, so Swashbuckle gives
/// the CSV, HTML and XLSX variants the JSON schema, and a generated client then tries to parse a spreadsheet as JSON.
/// Every response that is not JSON is text (a string) or, for XLSX, binary.
/// </summary>
internal sealed class TextMediaTypesFilter : IOperationFilter
{
    private const string Xlsx = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var contents = operation.Responses?.Values.Where(r => r.Content is not null).SelectMany(r => r.Content!) ?? [];
        foreach (var content in contents)
        {
            if (content.Key.Contains("json", StringComparison.Ordinal) || content.Value is not OpenApiMediaType media)
            {
                continue;
            }

            media.Schema = content.Key == Xlsx
                ? new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" }
                : new OpenApiSchema { Type = JsonSchemaType.String };
        }
    }
}
