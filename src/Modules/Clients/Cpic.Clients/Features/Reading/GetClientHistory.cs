using Cpic.BuildingBlocks.Audit;
using System.ComponentModel;
using System.Text.Json;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Domain;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.Reading;

/// <summary>One change of a client record: which record, its version, when, who, what, and the data recorded.</summary>
/// <param name="ClientId">The record changed (a merged record's id for its changes before the merge).</param>
/// <param name="Version" example="2">Version of that record after the change (its ETag).</param>
/// <param name="At" example="2026-03-05T09:30:00Z">When.</param>
/// <param name="By" example="jana.novakova">User id of who made the change.</param>
/// <param name="Change" example="clients.details_changed">Kind of change.</param>
/// <param name="Data">What was recorded; personal data erased after anonymisation.</param>
internal sealed record HistoryEntry(Guid ClientId, long Version, DateTimeOffset At, string By, string Change, JsonElement Data);

public sealed class GetClientHistoryEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients/{id:guid}/history", async ([Description("The client's id.")] Guid id, HttpContext http, IDocumentSession session,
                CancellationToken ct) =>
            {
                var client = await session.LoadClientAsync(id, ct);
                await AccessLog.RecordAsync(session, http, [id], "history", ct);
                return Results.Ok(await ReadAsync(session, client, ct));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("client-history").WithSummary("A client record's full history")
            .WithDescription("Every change of the record in order: version, time, user (`by`), kind of change " +
                "(e.g. clients.details_changed) and the data recorded. After a merge, the merged records' changes " +
                "are included, also of records merged into those (see clientId). After anonymisation, personal data are erased here too. Reads are " +
                "written to the access log.")
            .Produces<IReadOnlyList<HistoryEntry>>().ProducesProblem(StatusCodes.Status404NotFound);

    internal static async Task<IReadOnlyList<HistoryEntry>> ReadAsync(IQuerySession session, Client client, CancellationToken ct)
    {
        var entries = new List<HistoryEntry>();
        foreach (var streamId in (await session.MergedRecordsAsync(client, ct)).Prepend(client.Id))
        {
            var events = await session.Events.FetchStreamAsync(streamId, token: ct);
            entries.AddRange(events.Select(e => Entry(streamId, e)));
        }

        return [.. entries.OrderBy(e => e.At).ThenBy(e => e.Version)];
    }

    private static HistoryEntry Entry(Guid streamId, JasperFx.Events.IEvent e)
    {
        var data = JsonSerializer.SerializeToElement(e.Data, e.EventType, JsonSerializerOptions.Web);
        var by = data.TryGetProperty("by", out var user) ? user.GetString() ?? "" : "";
        return new HistoryEntry(streamId, e.Version, e.Timestamp, by, e.EventTypeName, data);
    }
}
