using Cpic.BuildingBlocks.Demo;
using Cpic.Counselling.Domain;
using Cpic.Counselling.Features.Cases;
using Cpic.Counselling.Features.Interpreters;
using Cpic.Counselling.Features.Referrals;
using Wolverine;

namespace Cpic.Counselling.Demo;

/// <summary>
/// The demo centre's casework: cases for about one identified client in ten (a third of them closed), referrals to and
/// from partners (some accepted or completed), and an interpreter on the roster booked a few times.
/// </summary>
internal static class DemoCasework
{
    private static readonly (string Type, string Name)[] Partners =
    [
        ("labour-office", "Úřad práce – kontaktní pracoviště"), ("oamp", "OAMP – pracoviště"), ("health-care", "Poliklinika"),
        ("ngo", "Poradna pro migranty (fiktivní)"), ("school", "Základní škola Vzorová"), ("social-services", "Sociální odbor města"),
    ];

    public static async Task LoadAsync(IMessageBus bus, DemoCentre centre, IReadOnlyList<Guid> clients,
        Random random, CancellationToken ct)
    {
        foreach (var client in clients.Where(_ => random.Chance(10)))
        {
            var opened = centre.DayThisYear(random);
            var worker = centre.Worker(random);
            var input = new OpenCaseInput(client, random.Pick(centre.Workplaces), opened, "Stabilizovat pobyt a zaměstnání",
                [new PlanStep("Doložit potvrzení o ubytování", opened.AddDays(30), false)], null);
            var opening = await bus.InvokeForTenantAsync<CounsellingCase>(centre.Code, new OpenCase(input, worker), ct);
            if (random.Chance(35) && opened.AddDays(20) <= centre.Today)
            {
                var closing = new CaseStatusInput(CaseStatuses.Closed, random.Pick(CaseStatuses.CloseReasons), opened.AddDays(20));
                await bus.InvokeForTenantAsync<CounsellingCase>(centre.Code, new ChangeCaseStatus(opening.Id, opening.Version, closing, worker), ct);
            }
        }

        foreach (var client in clients.Where(_ => random.Chance(8)))
        {
            var (type, name) = random.Pick(Partners);
            var input = new ReferralInput(client, random.Chance(70) ? "outgoing" : "incoming", type, name, "Řešení pracovní situace",
                centre.DayThisYear(random));
            var referral = await bus.InvokeForTenantAsync<Referral>(centre.Code, new MakeReferral(input, centre.Worker(random)), ct);
            // A partner accepts about half of them and has completed half of those.
            foreach (var status in random.Chance(50) ? random.Chance(50) ? ["accepted", "completed"] : new[] { "accepted" } : [])
            {
                referral = await bus.InvokeForTenantAsync<Referral>(centre.Code,
                    new ChangeReferralStatus(referral.Id, referral.Version, new ReferralStatusInput(status, null), "demo"), ct);
            }
        }

        await BookInterpreterAsync(bus, centre, random, ct);
    }

    /// <summary>A community interpreter on the roster, booked once every few weeks.</summary>
    private static async Task BookInterpreterAsync(IMessageBus bus, DemoCentre centre, Random random,
        CancellationToken ct)
    {
        var interpreter = await bus.InvokeForTenantAsync<InterpreterProfile>(centre.Code, new AddInterpreter(
            new InterpreterProfileInput("Tlumočnice Ukázková (fiktivní)", ["vi", "mn", "uk"], External: true, null, null)), ct);

        for (var day = new DateOnly(centre.Today.Year, 1, 8); day <= centre.Today; day = day.AddDays(random.Next(14, 35)))
        {
            var booking = new BookingInput(day, "10:00", random.Pick([60, 90]), random.Pick(interpreter.Languages), null);
            await bus.InvokeForTenantAsync<InterpreterBooking>(centre.Code, new BookInterpreter(interpreter.Id, booking, "demo"), ct);
        }
    }
}
