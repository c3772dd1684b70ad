using Cpic.BuildingBlocks.Http;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>
/// Documents the headers that endpoints declare (ADR 0007): <c>Idempotency-Key</c> on POSTs, <c>If-Match</c> on
/// updates, and <c>ETag</c> on the answers that carry one.
/// </summary>
internal sealed class HeadersFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IdempotentEndpointMetadata>().Any())
        {
            AddParameter(operation, Idempotency.Header, required: false,
                "A unique key (e.g. a UUID) that makes retries of this POST safe for 24 hours.", maxLength: 200);
        }

        if (metadata.OfType<IfMatchMetadata>().Any())
        {
            AddParameter(operation, "If-Match", required: true, "The ETag you read; 428 without it, 412 when stale.");
        }

        if (metadata.OfType<ETagMetadata>().Any())
        {
            foreach (var response in (operation.Responses ?? []).Where(r => r.Key is "200" or "201").Select(r => r.Value).OfType<OpenApiResponse>())
            {
                response.Headers ??= new Dictionary<string, IOpenApiHeader>();
                response.Headers["ETag"] = new OpenApiHeader
                {
                    Description = "The current version of the resource (a strong ETag); updates require it in If-Match.",
                    Schema = new OpenApiSchema { Type = JsonSchemaType.String },
                };
            }
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
