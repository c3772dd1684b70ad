using Cpic.BuildingBlocks.Demo;
using Cpic.Clients.Domain;
using Cpic.Clients.Features.Registration;
using Cpic.Clients.Features.Residence;
using Marten;
using Wolverine;

namespace Cpic.Clients.Demo;

/// <summary>
/// The demo clients of a centre (<c>./build/run.sh --demo</c>): about one in seven anonymous, the others identified with
/// a birth date and, mostly, a residence status verified at the first contact. Registered through
/// <see cref="RegisterClient"/> and <see cref="RecordResidenceStatus"/>, so the other modules learn of them as in production.
/// </summary>
public static class ClientsDemo
{
    private const string By = "demo";

    /// <summary>Registers the centre's clients; null when the centre already has clients (loaded before).</summary>
    public static async Task<DemoClients?> LoadAsync(IMessageBus bus, IDocumentStore store, DemoCentre centre, CancellationToken ct)
    {
        await using (var session = store.QuerySession(centre.Code))
        {
            if (await session.Query<Client>().AnyAsync(ct)) return null;
        }

        var random = centre.RandomFor(1);
        List<Guid> identified = [], anonymous = [];
        for (var i = 0; i < centre.Clients; i++)
        {
            var id = Guid.CreateVersion7();
            var person = DemoPeople.Person(random);
            var workplace = random.Pick(centre.Workplaces);
            var born = centre.Today.AddYears(-random.Next(18, 66)).AddDays(-random.Next(365));
            if (random.Chance(15))
            {
                var details = new ClientDetails(true, workplace, Pseudonym: $"Host {i + 1:000}",
                    BirthYearBand: BirthYearBands.For(born.Year), Sex: person.Sex, Nationality: person.Nationality);
                await bus.InvokeForTenantAsync<ClientSaved>(centre.Code, new RegisterClient(id, details, true, By), ct);
                anonymous.Add(id);
                continue;
            }

            var identity = new ClientDetails(false, workplace, person.Given, person.Surname, BirthDate: born, Sex: person.Sex,
                Nationality: person.Nationality, PreferredLanguage: person.Language, Languages: [person.Language],
                Contact: new ContactDetails(Town: centre.TownOf(workplace)));
            await bus.InvokeForTenantAsync<ClientSaved>(centre.Code, new RegisterClient(id, identity, true, By), ct);
            identified.Add(id);
            if (random.Chance(90))
            {
                await bus.InvokeForTenantAsync<ClientSaved>(centre.Code,
                    new RecordResidenceStatus(id, Status(random, person.Nationality, centre.Today), By), ct);
            }
        }

        return new DemoClients(identified, anonymous);
    }

    private static ResidenceStatus Status(Random random, string nationality, DateOnly today)
    {
        var category = random.PickWeighted(nationality == "UA" ? DemoPeople.Ukrainian : DemoPeople.Others);
        var from = new DateOnly(today.Year, 1, 1).AddDays(-random.Next(30, 2500));
        DateOnly? until = category == "permanent-residence" ? null : today.AddDays(random.Next(20, 900));
        return new ResidenceStatus(category, null, null, from, until, By, from);
    }
}
