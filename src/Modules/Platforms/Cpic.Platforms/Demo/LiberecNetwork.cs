using Cpic.Platforms.Domain;
using Cpic.Platforms.Features.Actors;
using Cpic.Platforms.Features.Bodies;
using Cpic.Platforms.Features.Meetings;
using Cpic.Platforms.Features.People;
using Marten;
using Wolverine;

namespace Cpic.Platforms.Demo;

/// <summary>
/// A plausible network of the Liberec centre (LBC) from its coordination work: public bodies with their public IČO,
/// a regional platform, two working groups, meetings of the past year with proposals and action items (some still open),
/// and the platform's next meeting planned. The people are fictitious. Loaded through the handlers, so Monitoring counts
/// it; loaded once (skipped when LBC already has actors).
/// </summary>
public static class LiberecNetwork
{
    private const string Centre = "LBC";

    public static async Task LoadAsync(IMessageBus bus, IDocumentStore store, DateOnly today, CancellationToken ct)
    {
        await using (var session = store.QuerySession(Centre))
        {
            if (await session.Query<Actor>().AnyAsync(ct)) return;
        }

        async Task<Guid> AddActor(string name, string type, string? ico, string town, params string[] themes) =>
            (await bus.InvokeForTenantAsync<ActorResponse>(Centre, new RegisterActor(new ActorInput(name, type, ico, town, "CZ051",
                null, themes, today.AddYears(-2), true)), ct)).Id;

        var region = await AddActor("Krajský úřad Libereckého kraje", "regional-office", "70891508", "Liberec", "education-system");
        var liberec = await AddActor("Statutární město Liberec", "municipal-office", "00262978", "Liberec", "housing");
        var jablonec = await AddActor("Statutární město Jablonec nad Nisou", "municipal-office", "00262340", "Jablonec nad Nisou", "housing");
        var labour = await AddActor("Úřad práce ČR – krajská pobočka v Liberci", "labour-office", null, "Liberec", "agency-employment");
        var oamp = await AddActor("OAMP MV – pracoviště Liberec", "oamp", null, "Liberec", "aliens-act-amendment", "temporary-protection");
        var police = await AddActor("Policie ČR – KŘP Libereckého kraje", "police", null, "Liberec", "illegal-migration");
        var foreignPolice = await AddActor("Cizinecká policie Liberec", "foreign-police", null, "Liberec", "illegal-migration");
        var inspectorate = await AddActor("Oblastní inspektorát práce pro Ústecký a Liberecký kraj", "labour-inspectorate", null, "Ústí nad Labem", "labour-inspection");
        var ppp = await AddActor("Pedagogicko-psychologická poradna Liberec", "ppp", null, "Liberec", "education-system");
        var npi = await AddActor("NPI ČR – krajské pracoviště Liberec", "npi", null, "Liberec", "education-system");
        var university = await AddActor("Technická univerzita v Liberci", "university", "46747885", "Liberec", "education-system");
        var ngo = await AddActor("Nezisková organizace pro migranty (fiktivní)", "ngo", null, "Liberec", "foreigners-in-region");

        var contact = await bus.InvokeForTenantAsync<PersonResponse>(Centre, new AddPerson(oamp,
            new PersonInput("Pavla Ukázková", "vedoucí pracoviště", "pavla.ukazkova@example.org", null)), ct);
        await bus.InvokeForTenantAsync<PersonResponse>(Centre, new RecordConsent(contact.Id, contact.Version,
            new ConsentInput("invitations", true, today.AddYears(-1), "prezenční listina platformy"), "demo"), ct);

        Member Seat(Guid actor, string seat = "member") => new(actor, seat, actor == oamp ? contact.Id : null, today.AddYears(-1), null);
        async Task<Guid> AddBody(string name, string kind, Guid? organiser, int perYear, Guid[] members, params string[] themes) =>
            (await bus.InvokeForTenantAsync<BodyResponse>(Centre, new CreateBody(new BodyInput(name, kind, organiser, themes, perYear,
                null, today.AddYears(-1), null, [.. members.Select(m => Seat(m))])), ct)).Id;

        var platform = await AddBody("Regionální platforma Libereckého kraje", "regional-platform", null, 3,
            [region, liberec, jablonec, labour, oamp, police, foreignPolice, inspectorate, ppp, npi, university, ngo], "foreigners-in-region");
        var schools = await AddBody("Pracovní skupina pro vzdělávání dětí cizinců", "working-group", null, 4, [region, ppp, npi], "education-system");
        var prevention = await AddBody("Pracovní skupina prevence kriminality", "working-group", liberec, 4, [liberec, police], "illegal-migration");

        async Task Held(Guid? body, Guid[] present, int daysAgo, string theme, string title, Guid? addressedTo = null, int? dueInDays = null)
        {
            var meeting = await bus.InvokeForTenantAsync<MeetingResponse>(Centre, new PlanMeeting(new MeetingInput(body,
                body is null ? present : null, title, today.AddDays(-daysAgo), "09:30", 120, new Venue("workplace", "LBC-LIB", null, null),
                [new AgendaItem(theme, title)], null)), ct);
            await bus.InvokeForTenantAsync<MeetingResponse>(Centre, new CloseMeeting(meeting.Id, 1, new CloseMeetingInput(
                [.. present.Select(a => new Attendance(a, null, "present", null))], "## Závěry\n- viz prezentace", "Setkání proběhlo.",
                null, addressedTo is { } to ? [new ProposalInput("Podnět k řešení: " + title, to)] : null,
                dueInDays is { } due ? [new ActionItemInput("Rozeslat podklady: " + title, null, "demo", today.AddDays(due))] : null), "demo"), ct);
        }

        await Held(platform, [region, liberec, labour, oamp, police, ppp], 300, "aliens-act-amendment", "Novela zákona o pobytu cizinců", oamp, -250);
        await Held(platform, [region, jablonec, labour, oamp, inspectorate, npi, ngo], 170, "agency-employment", "Agenturní zaměstnávání", inspectorate);
        await Held(platform, [region, liberec, oamp, foreignPolice, university, ngo], 45, "temporary-protection", "Dočasná ochrana 2027", oamp, -5);
        await Held(schools, [region, ppp, npi], 120, "education-system", "Zápisy do prvních tříd", region, 20);
        await Held(prevention, [liberec, police], 60, "illegal-migration", "Bezpečnostní situace na ubytovnách");
        await Held(null, [labour], 20, "agency-employment", "Konzultace s Úřadem práce");
        await bus.InvokeForTenantAsync<MeetingResponse>(Centre, new PlanMeeting(new MeetingInput(platform, null,
            "Regionální platforma – jaro", today.AddDays(30), "09:30", 150, new Venue("workplace", "LBC-LIB", null, null),
            [new AgendaItem("foreigners-in-region", "Situace cizinců v kraji")], null)), ct);
    }
}
