using System.Security.Claims;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.BuildingBlocks.Reference;
using Cpic.Monitoring.Domain;
using FluentValidation;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Wolverine;

namespace Cpic.Monitoring.Features.Localities;

/// <summary>Staff add a locality of interest in their centre's region.</summary>
public sealed record CreateLocality(string Centre, CreateLocality.Request Input)
{
    /// <param name="Name" example="Ubytovna Na Výsluní">Name of the locality, at most 200 characters.</param>
    /// <param name="Kind" example="dormitory">A kind listed in the operation's description.</param>
    /// <param name="Town" example="Liberec">Town, at most 100 characters.</param>
    /// <param name="Address" example="Na Výsluní 12">Optional address, at most 300 characters.</param>
    public sealed record Request(string Name, string Kind, string Town, string? Address) : WithheldFromLogs
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
}

public static class CreateLocalityHandler
{
    /// <summary>Adds the locality in the region of the centre; returns its id.</summary>
    public static async Task<Guid> Handle(CreateLocality command, IDocumentSession session, CancellationToken ct)
    {
        var (centre, input) = (command.Centre, command.Input);
        var region = (await session.FindCentreAsync(centre, ct))?.Region ?? throw new NotFoundException("Centre", centre);
        var locality = new Locality
        {
            Id = Guid.CreateVersion7(), Centre = centre, Region = region, Name = input.Name, Kind = input.Kind,
            Town = input.Town, Address = input.Address,
        };
        session.Insert(locality);
        return locality.Id;
    }
}

/// <summary>POST /api/v1/monitoring/localities.</summary>
public sealed class CreateLocalityEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/monitoring/localities", Handle)
            .Validate<CreateLocality.Request>().WithIdempotency()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Monitoring").WithName("create-monitoring-locality")
            .WithSummary("Add a locality of interest (situation monitoring)")
            .WithDescription("Kinds: industrial-zone, dormitory, socially-excluded-locality, kindergarten, " +
                "primary-school, secondary-school, employer, other. The region is the caller's centre's region.")
            .Produces<Locality>(StatusCodes.Status201Created).ProducesETag();

    private static async Task<IResult> Handle(CreateLocality.Request request, ClaimsPrincipal user, HttpResponse response,
        IMessageBus bus, IQuerySession session, CancellationToken ct)
    {
        var id = await bus.InvokeAsync<Guid>(new CreateLocality(user.CentreCode()!, request), ct);
        var locality = await session.LoadAsync<Locality>(id, ct);
        response.SetETag(locality!.Version);
        return Results.Created($"/api/v1/monitoring/localities/{id}", locality);
    }
}
