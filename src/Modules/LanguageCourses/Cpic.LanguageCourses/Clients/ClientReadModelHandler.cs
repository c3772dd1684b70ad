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
    public static async Task Handle(ClientRegistered e, IDocumentSession session, CancellationToken ct)
    {
        var client = await session.LoadAsync<CourseClient>(e.ClientId, ct) ?? new CourseClient { Id = e.ClientId };
        if (client.Code.Length > 0)
        {
            return;
        }

        (client.Code, client.Workplace, client.Anonymous) = (e.ClientCode, e.Workplace, e.Anonymous);
        if (!client.Anonymised)
        {
            (client.BirthYear, client.Nationality) = (client.BirthYear ?? e.BirthYear, client.Nationality ?? e.Nationality);
        }

        session.Store(client);
    }

    public static Task Handle(ClientProfileChanged e, IDocumentSession session, CancellationToken ct) =>
        Change(session, e.ClientId,
            c => (c.Workplace, c.BirthYear, c.Nationality) = (e.Workplace, e.BirthYear, e.Nationality), ct);

    public static Task Handle(ClientResidenceStatusChanged e, IDocumentSession session, CancellationToken ct) =>
        Change(session, e.ClientId,
            c => (c.ResidenceCategory, c.PermitType, c.ResidenceValidFrom) = (e.Category, e.PermitType, e.ValidFrom), ct);

    public static Task Handle(ClientIdentified e, IDocumentSession session, CancellationToken ct) =>
        Change(session, e.ClientId, c => c.Anonymous = false, ct);

    public static Task Handle(ClientsMerged e, IDocumentSession session, CancellationToken ct) =>
        Change(session, e.MergedClientId, c => c.MergedInto = e.SurvivingClientId, ct);

    /// <summary>The code stays (it is a pseudonym); the client can no longer be enrolled.</summary>
    public static Task Handle(ClientAnonymised e, IDocumentSession session, CancellationToken ct) =>
        Change(session, e.ClientId, c => (c.Anonymised, c.BirthYear, c.Nationality) = (true, null, null), ct);

    private static async Task Change(IDocumentSession session, Guid clientId, Action<CourseClient> change, CancellationToken ct)
    {
        var client = await session.LoadAsync<CourseClient>(clientId, ct) ?? new CourseClient { Id = clientId };
        change(client);
        session.Store(client);
    }
}
