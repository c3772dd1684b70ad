using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.Monitoring;

/// <summary>
/// Descriptions and examples of the query and route parameters of the Monitoring endpoints, by name: the handlers
/// bind plain strings (so that every bad value is a problem naming its parameter), which carry no docs themselves.
/// </summary>
internal sealed class MonitoringParameters : IOperationFilter
{
    private static readonly Dictionary<string, (string Description, string Example)> Known = new()
    {
        ["from"] = ("First day of the period (yyyy-MM-dd, inclusive).", "2025-01-01"),
        ["to"] = ("Last day of the period (yyyy-MM-dd, inclusive); not before `from`, at most 10 years after it.", "2025-12-31"),
        ["centre"] = ("Centre code. Staff: their own centre only (another is a 403); unknown is a 404.", "LBC"),
        ["workplace"] = ("Workplace code; staff: a workplace of their own centre.", "LBC-LIB"),
        ["region"] = ("Region code (CZ-NUTS, /api/v1/reference/regions); staff: their centre's region only.", "CZ051"),
        ["groupBy"] = ("One or two dimensions, comma-separated, for `crossTable`: serviceType, form, placeType, topic, " +
            "interpreterLanguage, nationality, residenceCategory, sex, ageBand, centre, workplace, region, month. " +
            "Unknown names, more than two, the same twice or an empty name are a 422.", "nationality,serviceType"),
        ["public"] = ("true: counts from 1 to 4 are shown as \"<5\" (also in CSV and XLSX); in a breakdown, cross-table line or course list holding one, it and the counts hidden to protect it are \"x\"; ratios over them are null.", "false"),
        ["format"] = ("Overrides the Accept header: statistics json, csv or xlsx; facts ndjson or csv.", "csv"),
        ["after"] = ("The largest `seq` you received; rows changed since then follow. Not a whole number: 400.", "1250000"),
        ["limit"] = ("Rows (facts: 1–1,000,000, default 100,000) or items of a page (1–200, default 50).", "50"),
        ["id"] = ("Id of the locality.", "01936f0e-5a7c-7c3e-9d0a-2f4b6c8d0e1f"),
        ["month"] = ("Reporting month, yyyy-MM (else a 422).", "2025-03"),
        ["quarter"] = ("Calendar quarter, yyyy-Qn.", "2025-Q2"),
        ["kind"] = ("Locality kind: industrial-zone, dormitory, socially-excluded-locality, kindergarten, " +
            "primary-school, secondary-school, employer, other.", "dormitory"),
        ["cursor"] = ("`nextCursor` of the previous page.", ""),
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.RelativePath?.StartsWith("api/v1/monitoring/", StringComparison.Ordinal) != true)
        {
            return;
        }

        foreach (var parameter in operation.Parameters?.OfType<OpenApiParameter>() ?? [])
        {
            if (parameter.Name is { } name && Known.TryGetValue(name, out var doc))
            {
                parameter.Description ??= doc.Description;
                parameter.Example = doc.Example.Length == 0 ? null
                    : parameter.Schema?.Type?.HasFlag(JsonSchemaType.Integer) == true ? JsonValue.Create(long.Parse(doc.Example,
                        System.Globalization.CultureInfo.InvariantCulture))
                    : JsonValue.Create(doc.Example);
            }
        }
    }
}
