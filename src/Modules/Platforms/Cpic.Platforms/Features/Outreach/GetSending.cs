using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Platforms.Features.Outreach;

public sealed class GetSendingEndpoint : ICarterModule
{
    private const string Sendings = "/api/v1/platforms/outreach/sendings";

    public void AddRoutes(IEndpointRouteBuilder app)
    {
        app.MapGet($"{Sendings}/{{id:guid}}", async (Guid id, IQuerySession session, CancellationToken ct) =>
                Results.Ok(await SendingReader.LoadAsync(id, session, ct)))
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("get-sending").WithSummary("A sending with each recipient's delivery")
            .WithDescription("Status, attempts and the server's last answer per recipient. A sending of another centre is 404.")
            .Produces<SendingResponse>().ProducesProblem(StatusCodes.Status404NotFound);
    }
}
