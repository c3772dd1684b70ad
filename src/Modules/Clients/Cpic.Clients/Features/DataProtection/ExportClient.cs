using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Audit;
using System.ComponentModel;
using System.Text.Json.Nodes;
using Carter;
using Cpic.BuildingBlocks.Auth;
using Cpic.Clients.Contracts;
using Cpic.Clients.Domain;
using Cpic.Clients.Features.Reading;
using Marten;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Cpic.Clients.Features.DataProtection;

/// <summary>Everything held on a person (subject access, čl. 15 GDPR): this module's data and other modules' sections.</summary>
internal sealed record ClientExport(DateTimeOffset ExportedAt, ClientResponse Client, IReadOnlyList<HistoryEntry> History,
    IReadOnlyList<AccessRecord> AccessLog, IReadOnlyDictionary<string, JsonNode?> Sections);

public sealed class ExportClientEndpoint : ICarterModule
{
    public void AddRoutes(IEndpointRouteBuilder app) =>
        app.MapGet("/api/v1/clients/{id:guid}/export", async ([Description("The client's id.")] Guid id, HttpContext http, IDocumentSession session,
                TimeProvider clock, IEnumerable<IClientDataExporter> exporters, DocumentNumbers numbers, CancellationToken ct) =>
            {
                var client = await session.LoadClientAsync(id, ct);
                await AccessLog.RecordAsync(session, http, [id], "export", ct);
                var sections = new Dictionary<string, JsonNode?>();
                foreach (var exporter in exporters)
                {
                    sections[exporter.Section] = await exporter.ExportAsync(id, session.TenantId, http.User, ct);
                }

                var accesses = await session.Query<AccessLogEntry>().Where(a => a.ClientId == id)
                    .OrderBy(a => a.At).ToListAsync(ct);
                return Results.Ok(new ClientExport(clock.GetUtcNow(), ClientResponse.From(client, numbers, clock.Today(), unmasked: true),
                    await GetClientHistoryEndpoint.ReadAsync(session, client, ct), [.. accesses.Select(AccessRecord.From)],
                    sections));
            })
            .RequireAuthorization(Policies.CentreStaff)
            .WithTags("Clients").WithName("export-client").WithSummary("Export everything held on a client (subject access)")
            .WithDescription("For a subject access request (právo na přístup, GDPR art. 15): the full record with " +
                "unmasked document numbers, its history, who accessed it, and a section per other module that holds " +
                "data on the client (modules contribute through IClientDataExporter in Cpic.Clients.Contracts), with what " +
                "the caller may read on that module's routes (Counselling's protected notes only for counsellors and " +
                "centre heads). It holds the subject's data only: a group service names the subject alone, counts the other " +
                "participants (otherParticipants) and withholds its shared notes and outcome (withheld). " +
                "The export itself is written to the access log.")
            .Produces<ClientExport>().ProducesProblem(StatusCodes.Status404NotFound);
}
