using Cpic.Clients.Contracts;
using Cpic.LanguageCourses.Domain;
using Marten;

namespace Cpic.LanguageCourses.Clients;

/// <summary>
/// Keeps <see cref="CourseClient"/> up to date from the Clients module's events. The envelope's tenant is the
/// client's centre, so each copy lands in that centre's data. Events for a client not seen yet create a stand-in, so
/// no event is lost to the order of arrival; a registration fills in only a copy not registered yet, so one handled
/// twice or late (after an identification, anonymisation or merge) undoes nothing (docs/modules.md).
/// </summary>
public static class ClientReadModelHandler
{
    public static Task Handle(ClientRegistered e, IDocumentSession session, CancellationToken ct) =>
        Handle(new ClientsImported([e], []), session, ct);

    /// <summary>A chunk of an import: each client loaded once, its registration applied, then its residence.</summary>
    public static async Task Handle(ClientsImported e, IDocumentSession session, CancellationToken ct)
    {
        var ids = e.Registered.Select(r => r.ClientId).Concat(e.ResidenceChanged.Select(r => r.ClientId)).Distinct().ToArray();
        var clients = (await session.LoadManyAsync<CourseClient>(ct, ids)).ToDictionary(c => c.Id);
        CourseClient Of(Guid id) => clients.TryGetValue(id, out var c) ? c : clients[id] = new CourseClient { Id = id };
        var changed = e.Registered.Where(r => Register(Of(r.ClientId), r)).Select(r => r.ClientId).ToHashSet();
        foreach (var r in e.ResidenceChanged)
        {
            Residence(Of(r.ClientId), r);
            changed.Add(r.ClientId);
        }

        // A registration handled twice stores nothing, so it cannot undo a later change.
        if (changed.Count > 0)
        {
            session.Store(changed.Select(id => clients[id]).ToArray());
        }
    }

    public static Task Handle(ClientProfileChanged e, IDocumentSession session, CancellationToken ct) =>
        Change(session, e.ClientId,
            c => (c.Workplace, c.BirthYear, c.Nationality) = (e.Workplace, e.BirthYear, e.Nationality), ct);

    public static Task Handle(ClientResidenceStatusChanged e, IDocumentSession session, CancellationToken ct) =>
        Change(session, e.ClientId, c => Residence(c, e), ct);

    public static Task Handle(ClientIdentified e, IDocumentSession session, CancellationToken ct) =>
        Change(session, e.ClientId, c => c.Anonymous = false, ct);

    public static Task Handle(ClientsMerged e, IDocumentSession session, CancellationToken ct) =>
        Change(session, e.MergedClientId, c => c.MergedInto = e.SurvivingClientId, ct);

    /// <summary>The code stays (it is a pseudonym); the client can no longer be enrolled.</summary>
    public static Task Handle(ClientAnonymised e, IDocumentSession session, CancellationToken ct) =>
        Change(session, e.ClientId, c => (c.Anonymised, c.BirthYear, c.Nationality) = (true, null, null), ct);

    private static bool Register(CourseClient client, ClientRegistered e)
    {
        if (client.Code.Length > 0)
        {
            return false;
        }

        (client.Code, client.Workplace, client.Anonymous) = (e.ClientCode, e.Workplace, e.Anonymous);
        if (!client.Anonymised)
        {
            (client.BirthYear, client.Nationality) = (client.BirthYear ?? e.BirthYear, client.Nationality ?? e.Nationality);
        }

        return true;
    }

    private static void Residence(CourseClient c, ClientResidenceStatusChanged e) =>
        (c.ResidenceCategory, c.PermitType, c.ResidenceValidFrom) = (e.Category, e.PermitType, e.ValidFrom);

    private static async Task Change(IDocumentSession session, Guid clientId, Action<CourseClient> change, CancellationToken ct)
    {
        var client = await session.LoadAsync<CourseClient>(clientId, ct) ?? new CourseClient { Id = clientId };
        change(client);
        session.Store(client);
    }
}
