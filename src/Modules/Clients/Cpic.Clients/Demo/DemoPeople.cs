using Cpic.BuildingBlocks.Demo;

namespace Cpic.Clients.Demo;

/// <summary>
/// Who the demo clients are: nationalities in the proportions of seed 003 (the Liberec centre's clients: Vietnam 206,
/// Mongolia 153, Ukraine 44, Russia 30 of 476, the rest from 22 further third countries), plausible residence
/// categories per nationality, and fictitious names drawn from common given names and surnames (no real persons).
/// </summary>
internal static class DemoPeople
{
    public static readonly IReadOnlyList<(string Country, int Weight)> Nationalities =
        [("VN", 206), ("MN", 153), ("UA", 44), ("RU", 30), ("Other", 43)];

    public static readonly IReadOnlyList<string> OtherCountries =
        ["KZ", "BY", "MD", "CN", "IN", "PH", "TR", "SY", "AF", "GE", "AM", "RS", "BA", "MK", "AL", "UZ", "KG", "NG", "BR", "MX", "TH", "US"];

    /// <summary>Residence categories: people under temporary protection come from Ukraine; the others mostly hold permits.</summary>
    public static readonly IReadOnlyList<(string Category, int Weight)> Ukrainian =
        [("temporary-protection", 70), ("permanent-residence", 15), ("long-term-residence", 10), ("long-term-visa", 5)];

    public static readonly IReadOnlyList<(string Category, int Weight)> Others =
        [("permanent-residence", 40), ("long-term-residence", 25), ("long-term-visa", 20), ("applicant-other", 8),
         ("asylum", 4), ("subsidiary-protection", 3)];

    private static readonly Dictionary<string, (string Language, string[] Women, string[] Men, string[] Surnames)> Names = new()
    {
        ["VN"] = ("vi", ["Thi Lan", "Thu Trang", "Ngoc Anh", "Thi Hoa"], ["Van Minh", "Duc Anh", "Quang Huy", "Van Long"],
            ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang"]),
        ["MN"] = ("mn", ["Oyunchimeg", "Sarangerel", "Enkhjargal", "Bolormaa"], ["Batbayar", "Ganbold", "Tömörbaatar", "Erdene"],
            ["Dorj", "Bat-Erdene", "Ganzorig", "Tseren", "Otgon"]),
        ["UA"] = ("uk", ["Oksana", "Olena", "Iryna", "Natalija"], ["Taras", "Andrij", "Serhij", "Mykola"],
            ["Kovalenko", "Bondarenko", "Tkačenko", "Melnyk", "Kravčenko"]),
        ["RU"] = ("ru", ["Anna", "Jelena", "Tatjana", "Olga"], ["Dmitrij", "Sergej", "Alexej", "Ivan"],
            ["Ivanov", "Smirnov", "Kuzněcov", "Popov", "Sokolov"]),
        ["Other"] = ("en", ["Amina", "Maria", "Leyla", "Priya"], ["Ali", "José", "Arman", "Ravi"],
            ["Karimov", "Silva", "Haddad", "Sharma", "Petrov", "Aliyev"]),
    };

    public static (string Nationality, string Language, string Given, string Surname, string Sex) Person(Random random)
    {
        var group = random.PickWeighted(Nationalities);
        var (language, women, men, surnames) = Names[group];
        var female = random.Chance(55);
        var surname = random.Pick(surnames);
        return (group == "Other" ? random.Pick(OtherCountries) : group, group == "Other" && random.Chance(50) ? "ru" : language,
            random.Pick(female ? women : men), group is "UA" or "RU" && female ? Feminine(surname) : surname, female ? "female" : "male");
    }

    private static string Feminine(string surname) =>
        surname.EndsWith("ov", StringComparison.Ordinal) ? surname + "a" : surname;
}
