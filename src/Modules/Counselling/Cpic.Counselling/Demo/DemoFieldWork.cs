using Cpic.BuildingBlocks.Demo;
using Cpic.Counselling.Domain;
using Cpic.Counselling.Features.FieldVisits;
using Cpic.Counselling.Features.Services;
using Wolverine;

namespace Cpic.Counselling.Demo;

/// <summary>
/// The demo centre's field work: visits to dormitories, companies, municipalities, schools and humanitarian housing in
/// its workplaces' towns (fictitious places), and information sessions for an audience nobody registers.
/// </summary>
internal static class DemoFieldWork
{
    private static readonly (string Type, string Name)[] Places =
    [
        ("dormitory", "Ubytovna U Nádraží"), ("dormitory", "Ubytovna Sever"), ("dormitory", "Ubytovna Na Kopci"),
        ("company", "Strojírny Ukázka a.s."), ("company", "Logistické centrum Vzor"), ("municipality", "Městský úřad"),
        ("school", "Základní škola Vzorová"), ("humanitarian-housing", "Humanitární ubytování Modrá"), ("other", "Komunitní centrum"),
    ];

    public static async Task LoadAsync(IMessageBus bus, DemoCentre centre, Random random, CancellationToken ct)
    {
        for (var visit = 0; visit < 6 + centre.Clients / 15; visit++)
        {
            var workplace = random.Pick(centre.Workplaces);
            var (type, name) = random.Pick(Places);
            var input = new FieldVisitInput(centre.DayThisYear(random), workplace, type, name, centre.TownOf(workplace), null,
                random.Next(3, 30), [random.Pick(["labour-market", "housing", "residence", "health-insurance"])], random.Pick([60, 90, 120, 180]),
                random.Chance(30) ? ["Vrátit se s tlumočníkem"] : null);
            await bus.InvokeForTenantAsync<FieldVisit>(centre.Code, new RecordFieldVisit(input, centre.Worker(random)), ct);
        }

        for (var session = 0; session < 2 + centre.Clients / 40; session++)
        {
            var input = CounsellingDemo.Service(centre, random, [], random.Next(8, 40), "information-service", "field");
            await bus.InvokeForTenantAsync<ServiceRecord>(centre.Code, new RecordService(input, centre.Worker(random)), ct);
        }
    }

    /// <summary>A field place in one of the centre's towns.</summary>
    public static PlaceInput Place(DemoCentre centre, Random random)
    {
        var (type, name) = random.Pick(Places);
        return new PlaceInput(type, name, random.Pick(centre.Towns));
    }
}
