using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Carter;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Auth;
using Cpic.BuildingBlocks.Http;
using Cpic.Platforms.Domain;
using Cpic.Platforms.Features.Outreach;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Wolverine;

namespace Cpic.Platforms.Features.Evaluations;

public sealed record OpenEvaluation(Guid BodyId, OpenEvaluationInput Input, string UserId);

public static class OpenEvaluationHandler
{
    /// <summary>
    /// One round per body and year: its id is derived from both, so a second one (even a concurrent one) is a 409.
    /// The invitees are the actors with a seat in the body at any time of the year; their links are e-mailed to the
    /// representatives of their seats who consent to invitations (SMTP configured).
    /// </summary>
    public static async Task<(OpenedEvaluation, OutgoingMessages)> Handle(OpenEvaluation command, IDocumentSession session,
        TimeProvider clock, IOptions<SmtpOptions> smtp, IOptions<EvaluationOptions> options, CancellationToken ct)
    {
        var year = command.Input.Year!.Value;
        var body = await session.LoadAsync<Body>(command.BodyId, ct) ?? throw new NotFoundException("Body", command.BodyId.ToString());
        var id = RoundId(body.Id, year);
        if (await session.LoadAsync<EvaluationRound>(id, ct) is not null)
        {
            throw new ConflictException($"The body's evaluation of {year} is already open or closed: {id}.");
        }

        var (first, last) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var seated = body.Members.Where(m => m.From <= last && (m.To is null || m.To >= first)).Select(m => m.ActorId).Distinct().ToList();
        if (seated.Count == 0) throw new UnprocessableException("year", $"The body had no members in {year}: nobody to ask.");
        var actors = await session.LoadManyAsync<Actor>(ct, seated);
        var round = new EvaluationRound
        {
            Id = id, Version = 1, Centre = session.TenantId, BodyId = body.Id, BodyName = body.Name, BodyKind = body.Kind, Year = year,
            OpenedAt = clock.GetUtcNow(), LinkDays = command.Input.LinkDays ?? EvaluationRound.DefaultLinkDays, Invitees = [.. actors.OrderBy(a => a.Name).Select(a => new Invitee(Guid.CreateVersion7(), a.Id, a.Name))],
        };
        session.Insert(round);
        var links = round.Invitees.Select(i => ResponseLink.Issue(session, round, i, round.OpenedAt)).ToList();
        var (mails, sending, messages) = await EvaluationInvitations.QueueAsync(session, round, body, links, smtp.Value,
            options.Value.LinkBase, command.UserId, ct);
        return (new OpenedEvaluation(await EvaluationRoundResponse.OfAsync(round, round.Version, session, ct), links, mails, sending), messages);
    }

    private static Guid RoundId(Guid bodyId, int year) =>
        new(SHA256.HashData(Encoding.UTF8.GetBytes($"evaluation:{bodyId}:{year}")).AsSpan(0, 16));
}

public sealed class OpenEvaluationEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapPost("/api/v1/platforms/bodies/{bodyId:guid}/evaluations", async (Guid bodyId, OpenEvaluationInput input,
                ClaimsPrincipal user, HttpResponse response, IMessageBus bus, CancellationToken ct) =>
            {
                var opened = await bus.InvokeAsync<OpenedEvaluation>(new OpenEvaluation(bodyId, input, user.UserId()), ct);
                response.SetETag(opened.Round.Version);
                return Results.Created($"/api/v1/platforms/evaluations/{opened.Round.Id}", opened);
            })
            .Validate<OpenEvaluationInput>()
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Platforms").WithName("open-evaluation")
            .WithSummary("Open the yearly evaluation of a body by its member actors")
            .WithDescription("Invites every actor with a seat in the body during the year and answers with one personal " +
                "response link per actor (`links`), shown only this once: the centre stores only a hash of each token. Each " +
                "link works `linkDays` (1–180, default 30) days, then answers 410. With SMTP configured, each link is e-mailed " +
                "to the representative person of the actor's seat who consents to invitations (`invitations`: queued, or " +
                "not-sent with the reason; the deliveries are the outreach sending `sendingId`); hand the others out by letter. " +
                "A lost link is replaced with `POST /evaluations/{id}/invitations/{actorId}`. " +
                "One round per body and year (409 for a second); a body of another centre is 404; a body without members " +
                "that year is 422. `Idempotency-Key` is not kept here: a repeat is the 409, and the tokens are never stored.")
            .Produces<OpenedEvaluation>(StatusCodes.Status201Created).ProducesETag()
            .ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status422UnprocessableEntity);
}
