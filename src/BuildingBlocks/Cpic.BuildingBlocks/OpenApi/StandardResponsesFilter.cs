using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>Documents the problem responses every operation can give, so no endpoint has to repeat them.</summary>
internal sealed class StandardResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var anonymous = metadata.OfType<IAllowAnonymous>().Any();
        if (!anonymous)
        {
            Add(operation, context, "401", "No valid bearer token.");
            Add(operation, context, "403", "The token's role or centre does not allow this; the problem names the roles needed (requiredRoles).");
        }

        if (context.ApiDescription.ParameterDescriptions.Count > 0)
        {
            Add(operation, context, "400", "Malformed request: invalid JSON, or a parameter of the wrong type.");
        }

        if (operation.RequestBody is not null)
        {
            Add(operation, context, "413", "The request body exceeds the operation's limit (1 MB unless its description says more).");
        }

        Add(operation, context, "500", "Unexpected error; the problem carries a traceId to quote.");
        Add(operation, context, "503", "The database is unavailable for a moment: retry after the seconds in the " +
            "Retry-After header (a POST with its Idempotency-Key is safe to retry).");
    }

    private static void Add(OpenApiOperation operation, OperationFilterContext context, string status, string description)
    {
        operation.Responses ??= [];
        if (operation.Responses.ContainsKey(status))
        {
            return;
        }

        var schema = context.SchemaGenerator.GenerateSchema(typeof(ProblemDetails), context.SchemaRepository);
        operation.Responses[status] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { ["application/problem+json"] = new OpenApiMediaType { Schema = schema } },
        };
    }
}
