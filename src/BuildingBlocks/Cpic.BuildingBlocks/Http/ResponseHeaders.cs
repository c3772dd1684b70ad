using Microsoft.AspNetCore.Builder;

namespace Cpic.BuildingBlocks.Http;

/// <summary>Declares, for the OpenAPI document, a header an operation sends with the responses of some statuses.</summary>
public static class ResponseHeaders
{
    public static RouteHandlerBuilder ProducesHeader(this RouteHandlerBuilder builder, string name, string description,
        params int[] statuses) => builder.WithMetadata(new ResponseHeaderMetadata(name, description, statuses));
}

public sealed record ResponseHeaderMetadata(string Name, string Description, IReadOnlyList<int> Statuses);
