using Cpic.Clients.Contracts;
using Cpic.LanguageCourses.Contracts;

namespace Cpic.Monitoring.Tests;

/// <summary>
/// A fictitious data set with the shape of seed 003 (Liberec, April–December 2010): 476 clients from 26
/// countries (Vietnam 206, Mongolia 153, Ukraine 44, Russia 30), 2,934 services (about 6 a client), 42 clients in
/// legal counselling; 392 clients in 16 low-threshold and 2 intensive Czech courses in five towns, 53 in
/// socio-cultural courses, 17 in PC courses.
/// </summary>
internal static class Seed003DataSet
{
    private static readonly string[] OtherCountries =
        ["CN", "KZ", "BY", "MD", "AM", "GE", "UZ", "KG", "TH", "PH", "IN", "US", "BR", "TR", "RS", "BA", "MK", "AL", "EG", "NG", "CU", "MX"];

    private static readonly string[] Towns = ["Liberec", "Jablonec nad Nisou", "Česká Lípa", "Stráž pod Ralskem", "Turnov"];

    public static readonly DateOnly From = new(2010, 4, 1);
    public static readonly DateOnly To = new(2010, 12, 31);

    public static IReadOnlyList<ClientRegistered> Clients()
    {
        var nationalities = Enumerable.Repeat("VN", 206).Concat(Enumerable.Repeat("MN", 153))
            .Concat(Enumerable.Repeat("UA", 44)).Concat(Enumerable.Repeat("RU", 30))
            .Concat(Enumerable.Range(0, 43).Select(i => OtherCountries[i % OtherCountries.Length]));
        return [.. nationalities.Select((n, i) => Samples.Client(nationality: n, sex: i % 2 == 0 ? "female" : "male",
            birthYear: 1960 + i % 40))];
    }

    /// <summary>Six services a client, seven for the first 78: 2,934. The first 42 clients had legal counselling.</summary>
    public static IEnumerable<object> Services(IReadOnlyList<ClientRegistered> clients) =>
        clients.SelectMany((c, i) => Enumerable.Range(0, i < 78 ? 7 : 6).Select(k => (object)Samples.Service("LBC",
            From.AddDays((i * 7 + k * 31) % 270), i < 42 && k == 0 ? "legal-counselling" : "social-counselling", c.ClientId)));

    public static IEnumerable<object> Courses(IReadOnlyList<ClientRegistered> clients)
    {
        var courses = Enumerable.Range(0, 16).Select(i => Course("czech-low-threshold", Towns[i % 5]))
            .Concat([Course("czech-intensive", "Liberec"), Course("czech-intensive", "Turnov")]).ToList();
        var socioCultural = Course("socio-cultural-orientation", "Liberec");
        var pc = Course("pc-course", "Liberec");
        var events = new List<object>(courses) { socioCultural, pc };
        events.AddRange(events.OfType<CourseScheduled>().Select(c =>
            new SessionHeld(c.CourseId, Guid.CreateVersion7(), "LBC", new DateOnly(2010, 5, 4), 2, null)).ToList());
        events.AddRange(clients.Take(392).Select((c, i) => new ClientEnrolled(courses[i % 18].CourseId, c.ClientId, "LBC", From)));
        events.AddRange(clients.Skip(300).Take(53).Select(c => new ClientEnrolled(socioCultural.CourseId, c.ClientId, "LBC", From)));
        events.AddRange(clients.Skip(400).Take(17).Select(c => new ClientEnrolled(pc.CourseId, c.ClientId, "LBC", From)));
        return events;
    }

    private static CourseScheduled Course(string type, string town) =>
        new(Guid.CreateVersion7(), "LBC", "LBC-LIB", type, type.StartsWith("czech", StringComparison.Ordinal) ? "A1" : null,
            town, false, From, To, 30);
}
