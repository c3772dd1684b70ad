using Microsoft.OpenApi;

namespace Cpic.Webhooks.Features.EventTypes;

/// <summary>
/// The type of each field of the payloads' <c>data</c> (<see cref="Domain.EventCatalogue"/>): a field named in the
/// catalogue without an entry here fails the OpenAPI document (and a test) until it gets one.
/// </summary>
internal static class EventFields
{
    public static OpenApiSchema Schema(string field) => field switch
    {
        "clientIds" => new() { Type = JsonSchemaType.Array, Items = Uuid(), Description = "The clients of the service." },
        _ when field.EndsWith("Id", StringComparison.Ordinal) => Uuid(),
        "date" or "validUntil" => new() { Type = JsonSchemaType.String, Format = "date" },
        "anonymous" => new() { Type = JsonSchemaType.Boolean },
        "revision" or "year" or "version" or "snapshot" => new() { Type = JsonSchemaType.Integer, Format = "int32" },
        "month" => new() { Type = JsonSchemaType.String, Pattern = @"^\d{4}-\d{2}$", Description = "yyyy-MM." },
        "centre" or "workplace" or "clientCode" or "serviceType" or "reason" or "courseType" or "bodyKind" or "residenceCategory" =>
            new() { Type = JsonSchemaType.String, Description = "A code (of /api/v1/reference or the catalogue's description)." },
        _ => throw new InvalidOperationException($"Webhook payload field {field} has no schema in EventFields."),
    };

    private static OpenApiSchema Uuid() => new() { Type = JsonSchemaType.String, Format = "uuid" };
}
