using System.Text.Json.Nodes;
using Cpic.Webhooks.Domain;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.Webhooks.Features.EventTypes;

/// <summary>
/// A schema per event type of the catalogue (<c>Webhooks.Event.ServiceRecorded</c>...), the body a receiver gets:
/// <c>type</c>, <c>timestamp</c> and <c>data</c> with the type's fields, all required. <c>Webhooks.Event</c> is their
/// <c>oneOf</c> told apart by <c>type</c>, the schema of a delivery's <c>payload</c>, so receivers can generate types.
/// (OpenAPI 3.0 has no <c>webhooks</c> section.)
/// </summary>
internal sealed class EventSchemas : IDocumentFilter
{
    public const string Union = "Webhooks.Event";

    public static string NameOf(EventType type) =>
        $"{Union}.{string.Concat(type.Code.Split('.', '-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]))}";

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        var schemas = document.Components!.Schemas!;
        foreach (var type in EventCatalogue.All)
        {
            schemas[NameOf(type)] = Payload(type);
        }

        schemas[Union] = new OpenApiSchema
        {
            Description = "The body of a webhook delivery: one of the event types of GET /api/v1/webhooks/event-types, told apart by `type`.",
            OneOf = [.. EventCatalogue.All.Select(t => new OpenApiSchemaReference(NameOf(t), document))],
            Discriminator = new OpenApiDiscriminator
            {
                PropertyName = "type",
                Mapping = EventCatalogue.All.ToDictionary(t => t.Code, t => new OpenApiSchemaReference(NameOf(t), document)),
            },
        };
        if (schemas.TryGetValue("Webhooks.DeliveryResponse", out var delivery) && delivery.Properties is { } properties)
        {
            properties["payload"] = new OpenApiSchemaReference(Union, document);
        }
    }

    public static OpenApiSchema Payload(EventType type) => new()
    {
        Type = JsonSchemaType.Object,
        Description = $"`{type.Code}`: {type.Description}",
        Required = new HashSet<string> { "type", "timestamp", "data" },
        Properties = new Dictionary<string, IOpenApiSchema>
        {
            ["type"] = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(type.Code)] },
            ["timestamp"] = new OpenApiSchema { Type = JsonSchemaType.String, Format = "date-time", Description = "When the event was handled." },
            ["data"] = new OpenApiSchema
            {
                Type = JsonSchemaType.Object,
                Required = new HashSet<string>(type.Fields),
                Properties = type.Fields.ToDictionary(f => f, f => (IOpenApiSchema)EventFields.Schema(f)),
            },
        },
    };
}
