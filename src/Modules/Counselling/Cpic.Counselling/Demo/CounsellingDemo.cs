using Cpic.BuildingBlocks.Demo;
using Cpic.Counselling.Clients;
using Cpic.Counselling.Domain;
using Cpic.Counselling.Features.Services;
using Marten;
using Wolverine;

namespace Cpic.Counselling.Demo;

/// <summary>
/// A year of a centre's counselling (<c>./build/run.sh --demo</c>): individual services of every type and form for
/// each client, group sessions (some with an unregistered audience), audience-only information sessions, field visits,
/// cases, referrals and interpreter bookings, all through the module's commands so Monitoring counts them.
/// </summary>
public static class CounsellingDemo
{
    private static readonly IReadOnlyList<(string Type, int Weight)> Types =
        [("social-counselling", 40), ("legal-counselling", 15), ("intercultural-assistance", 15), ("interpreting-translation", 10),
         ("education-counselling", 8), ("information-service", 7), ("field-work-contact", 5)];

    private static readonly IReadOnlyList<(string Form, int Weight)> Forms = [("office", 70), ("remote", 20), ("field", 10)];

    private static readonly string[] Topics =
        ["residence", "social-benefits", "health-insurance", "housing", "labour-market", "education", "family", "civil-law", "life-events"];

    public static async Task LoadAsync(IMessageBus bus, IDocumentStore store, DemoCentre centre, DemoClients clients,
        CancellationToken ct)
    {
        await centre.UntilKnownAsync<KnownClient>(store, clients, ct);

        var random = centre.RandomFor(2);
        foreach (var client in clients.Identified)
        {
            for (var n = random.Next(1, 4); n > 0; n--)
            {
                await RecordAsync([client], null, random.PickWeighted(Types));
            }
        }

        foreach (var client in clients.Anonymous)
        {
            await RecordAsync([client], null, "social-counselling");
        }

        for (var group = 0; group < 2 + centre.Clients / 25; group++)
        {
            var members = clients.Identified.OrderBy(_ => random.Next()).Take(random.Next(3, 9)).ToList();
            await RecordAsync(members, random.Chance(30) ? random.Next(3, 15) : null,
                random.Chance(50) ? "information-service" : "education-counselling");
        }

        await DemoFieldWork.LoadAsync(bus, centre, random, ct);
        await DemoCasework.LoadAsync(bus, centre, clients.Identified, random, ct);

        Task RecordAsync(IReadOnlyList<Guid> clientIds, int? audience, string type) =>
            bus.InvokeForTenantAsync<ServiceRecord>(centre.Code, new RecordService(Service(centre, random, clientIds, audience, type),
                centre.Worker(random)), ct);
    }

    /// <summary>A service of the centre; a field one takes place at one of <see cref="DemoFieldWork"/>'s places.</summary>
    internal static ServiceInput Service(DemoCentre centre, Random random, IReadOnlyList<Guid> clients, int? audience, string type,
        string? form = null)
    {
        form ??= random.PickWeighted(Forms);
        var workplace = random.Pick(centre.Workplaces);
        var place = form == "field" ? DemoFieldWork.Place(centre, random) : new PlaceInput(PlaceTypes.Workplace, null, null);
        var topics = Topics.OrderBy(_ => random.Next()).Take(random.Next(1, 3)).ToList();
        var interpreter = random.Chance(15) ? new InterpreterInput(random.Pick(["vi", "mn", "uk", "ru"]), random.Chance(50)) : null;
        return new ServiceInput(clients, audience, centre.DayThisYear(random), $"{random.Next(8, 16):00}:{random.Pick([0, 30]):00}",
            random.Pick([20, 30, 45, 60, 90]), type, form, workplace, place, topics, interpreter, null, "AMIF", null, null);
    }
}
