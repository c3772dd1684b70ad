using Cpic.BuildingBlocks.Http;
using Microsoft.AspNetCore.Authorization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Cpic.BuildingBlocks.OpenApi;

/// <summary>
/// Documents the problem responses every operation can give, so no endpoint has to repeat them, and gives every problem
/// response its schema: <c>Problem</c>, or the schemas of the types with extensions the operation can answer with
/// (ADR 0013), e.g. the <c>matches</c> of a duplicate client.
/// </summary>
internal sealed class StandardResponsesFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        var idempotent = metadata.OfType<IdempotentEndpointMetadata>().Any();
        if (!metadata.OfType<IAllowAnonymous>().Any())
        {
            Add(operation, "401", "No valid bearer token.");
            Add(operation, "403", "The token's role or centre does not allow this; the problem names the roles needed (requiredRoles).");
        }

        if (context.ApiDescription.ParameterDescriptions.Count > 0)
        {
            Add(operation, "400", "Malformed request: invalid JSON, or a parameter of the wrong type.");
        }

        if (operation.RequestBody is not null)
        {
            Add(operation, "413", "The request body exceeds the operation's limit (1 MB unless its description says more).");
        }

        if (idempotent)
        {
            Add(operation, "409", "Conflict.");
            Add(operation, "422", "Validation failed.");
        }

        Add(operation, "500", "Unexpected error; the problem carries a traceId to quote.");
        Add(operation, "503", "The database is unavailable for a moment: retry after the seconds in the " +
            "Retry-After header (a POST with its Idempotency-Key is safe to retry).");

        IEnumerable<ProblemType> declared = [.. metadata.OfType<ProblemTypesMetadata>().SelectMany(m => m.Types),
            .. idempotent ? [ProblemTypes.RequestCarriedOut, ProblemTypes.IdempotencyKeyReused] : Array.Empty<ProblemType>()];
        foreach (var (status, response) in (operation.Responses ?? []).Where(r => r.Value.Content?.ContainsKey(Media) == true))
        {
            ProblemSchemas.Describe(response, int.Parse(status, System.Globalization.CultureInfo.InvariantCulture), declared, context.Document);
        }
    }

    private const string Media = "application/problem+json";

    private static void Add(OpenApiOperation operation, string status, string description)
    {
        operation.Responses ??= [];
        operation.Responses.TryAdd(status, new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, IOpenApiMediaType> { [Media] = new OpenApiMediaType() },
        });
    }
}
