using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Monitoring.Situation;

/// <summary>POST /api/v1/monitoring/localities: staff add a locality of interest in their centre's region.</summary>
public sealed class CreateLocality : ICarterModule
{
    /// <param name="Name" example="Ubytovna Na Výsluní">Name of the locality, at most 200 characters.</param>
    /// <param name="Kind" example="dormitory">A kind listed in the operation's description.</param>
    /// <param name="Town" example="Liberec">Town, at most 100 characters.</param>
    /// <param name="Address" example="Na Výsluní 12">Optional address, at most 300 characters.</param>
    internal sealed record Request(string Name, string Kind, string Town, string? Address)
    {
        internal sealed class Validator : AbstractValidator<Request>
        {
            public Validator()
            {
                RuleFor(r => r.Name).NotEmpty().MaximumLength(200);
                RuleFor(r => r.Town).NotEmpty().MaximumLength(100);
                RuleFor(r => r.Address).MaximumLength(300);
                RuleFor(r => r.Kind).Must(k => Locality.Kinds.Contains(k))
                    .WithMessage($"kind must be one of: {string.Join(", ", Locality.Kinds)}.");
            }
        }
    }

    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/monitoring/localities", Handle)
            .Validate<Request>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Monitoring").WithName("create-monitoring-locality")
            .WithSummary("Add a locality of interest (situation monitoring)")
            .WithDescription("Kinds: industrial-zone, dormitory, socially-excluded-locality, kindergarten, " +
                "primary-school, secondary-school, employer, other. The region is the caller's centre's region.")
            .Produces<Locality>(StatusCodes.Status201Created).ProducesETag();

    private static async Task<IResult> Handle(Request request, ClaimsPrincipal user, HttpResponse response,
        IDocumentSession session, CancellationToken ct)
    {
        var centre = user.CentreCode()!;
        var region = (await session.FindCentreAsync(centre, ct))?.Region ?? throw new NotFoundException("Centre", centre);
        var locality = new Locality
        {
            Id = Guid.CreateVersion7(), Centre = centre, Region = region, Name = request.Name, Kind = request.Kind,
            Town = request.Town, Address = request.Address,
        };
        session.Insert(locality);
        await session.SaveChangesAsync(ct);
        response.SetETag(1);
        locality.Version = 1;
        return Results.Created($"/api/v1/monitoring/localities/{locality.Id}", locality);
    }
}
