using Carter;
using Cpic.BuildingBlocks.Audit;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Counselling.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Counselling.Features.Cases;

internal sealed record CaseFilter(Guid? ClientId, string? Status, string? Worker, int? Limit, string? Cursor)
{
    internal sealed class Validator : AbstractValidator<CaseFilter>
    {
        public Validator() => RuleFor(f => f.Status).Must(CaseStatuses.All.Contains!).When(f => f.Status is not null)
            .WithMessage("status is open, paused or closed.");
    }
}

public sealed class ListCasesEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/counselling/cases", async ([AsParameters] CaseFilter filter, HttpRequest request,
                IQuerySession session, CancellationToken ct) =>
            {
                var page = PageRequest.From(filter.Limit, filter.Cursor);
                var query = session.Query<CounsellingCase>().AsQueryable();
                if (filter.ClientId is { } client) query = query.Where(c => c.ClientId == client);
                if (filter.Status is not null) query = query.Where(c => c.Status == filter.Status);
                if (filter.Worker is not null) query = query.Where(c => c.Workers.Contains(filter.Worker));
                var result = await query.PageAsync(page, c => c, request, ct);
                await request.HttpContext.RecordClientsAsync(result.Items.Select(c => c.ClientId), "counselling.cases", ct);
                return Results.Ok(result);
            })
            .Validate<CaseFilter>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Counselling").WithName("list-cases")
            .WithSummary("List the centre's cases, newest first")
            .WithDescription("Filters: `clientId`, `status`, `worker`. Keyset paging with `limit` and `cursor`.")
            .Produces<Page<CounsellingCase>>()
            .ProducesProblem(StatusCodes.Status400BadRequest).ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
