using Cpic.BuildingBlocks.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>
/// Documents the headers operations take and send (ADR 0007): <c>Idempotency-Key</c> and <c>Idempotent-Replayed</c> on
/// POSTs that honour it, <c>If-Match</c> on updates, <c>If-None-Match</c> on cached reads, <c>ETag</c> on the answers
/// that carry one (and on 412), <c>Location</c> on 201 and 202, <c>Retry-After</c> on 503, and what an endpoint declares.
/// </summary>
internal sealed class HeadersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var idempotent = metadata.OfType<IdempotentEndpointMetadata>().Any();
        if (idempotent)
        {
            AddParameter(operation, Idempotency.Header, required: false,
                "A unique key (e.g. a UUID) that makes retries of this POST safe for 24 hours.", maxLength: 200);
            AddHeader(operation, s => s is >= 200 and < 300, "Idempotent-Replayed",
                "`true` when this is the stored answer to an earlier request with the same Idempotency-Key.");
        }

        if (metadata.OfType<IfMatchMetadata>().Any())
        {
            AddParameter(operation, "If-Match", required: true, "The ETag you read; 428 without it, 412 when stale.");
            AddHeader(operation, s => s == 412, "ETag", "The resource's current version: read it again, or reapply your change with it.");
        }

        if (metadata.OfType<IfNoneMatchMetadata>().Any())
        {
            AddParameter(operation, "If-None-Match", required: false, "The ETag you hold; 304 (no body) while it is current.");
            AddHeader(operation, s => s == 304, "ETag", "The current version, the one you sent.");
        }

        if (metadata.OfType<ETagMetadata>().Any())
        {
            AddHeader(operation, s => s is 200 or 201, "ETag",
                "The current version of the resource (a strong ETag); updates require it in If-Match.");
        }

        AddHeader(operation, s => s == 201, "Location", "The path of the created resource.");
        AddHeader(operation, s => s == 202, "Location", "The path of the job that carries the request out; read it for progress.");
        AddHeader(operation, s => s == 503, "Retry-After", "Seconds to wait before retrying.");
        foreach (var header in metadata.OfType<ResponseHeaderMetadata>())
        {
            AddHeader(operation, header.Statuses.Contains, header.Name, header.Description);
        }
    }

    private static void AddHeader(OpenApiOperation operation, Func<int, bool> statuses, string name, string description)
    {
        var responses = (operation.Responses ?? []).Where(r => int.TryParse(r.Key, out var status) && statuses(status));
        foreach (var response in responses.Select(r => r.Value).OfType<OpenApiResponse>())
        {
            response.Headers ??= new Dictionary<string, IOpenApiHeader>();
            response.Headers[name] = new OpenApiHeader
            {
                Description = description, Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }
    }

    private static void AddParameter(OpenApiOperation operation, string name, bool required, string description,
        int? maxLength = null)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = name, In = ParameterLocation.Header, Required = required, Description = description,
            Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
        });
    }
}
