using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Imports;

/// <summary>
/// A centre's fictitious history as an older system would export it: clients (CSV, seven in ten with a residence
/// status) and about six services per client over the past year (NDJSON, naming clients by their source ids), as in
/// seed 003's proportions of services to clients. Deterministic (seed 7).
/// </summary>
internal static class HistoryFiles
{
    private static readonly string[] GivenNames = ["Olena", "Taras", "Nguyen Van", "Tran Thi", "Maria", "Ivan", "Oksana", "Dmytro", "Anh", "Irina"];
    private static readonly string[] Surnames = ["Kovalenko", "Shevchenko", "Nguyen", "Tran", "Popescu", "Petrov", "Bondarenko", "Le", "Ionescu", "Smirnova"];
    private static readonly string[] Nationalities = ["UA", "VN", "RO", "RU", "MN", "SK", "BG"];
    private static readonly string[] Topics = ["residence", "housing", "labour-market", "health-insurance", "education", "social-benefits"];

    public static string Clients(int count)
    {
        var random = new Random(7);
        var csv = new StringBuilder("sourceId,workplace,givenNames,surname,birthDate,sex,nationality,contact.town,residence.category,residence.validFrom,residence.validUntil\n");
        for (var i = 0; i < count; i++)
        {
            var born = new DateOnly(1950, 1, 1).AddDays(random.Next(0, 365 * 55));
            var from = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-random.Next(30, 2000));
            var residence = random.Next(10) < 7 ? $"temporary-protection,{from:yyyy-MM-dd},{from.AddYears(1):yyyy-MM-dd}" : ",,";
            csv.Append(CultureInfo.InvariantCulture, $"C-{i},LBC-LIB,{GivenNames[random.Next(10)]},{Surnames[random.Next(10)]} {Word(i)},")
                .Append(CultureInfo.InvariantCulture, $"{born:yyyy-MM-dd},{(i % 2 == 0 ? "female" : "male")},{Nationalities[random.Next(7)]},Liberec,{residence}\n");
        }

        return csv.ToString();
    }

    public static string Services(int clients, int count)
    {
        var random = new Random(7);
        var today = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1);
        var lines = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            lines.AppendLine(JsonSerializer.Serialize(new
            {
                sourceId = $"S-{i}", clientSourceIds = new[] { $"C-{random.Next(clients)}" }, date = today.AddDays(-random.Next(0, 365)),
                minutes = 15 + (15 * random.Next(6)), serviceType = "social-counselling", form = "office", workplace = "LBC-LIB",
                place = new { type = "workplace" }, topics = new[] { Topics[random.Next(Topics.Length)] },
            }));
        }

        return lines.ToString();
    }

    /// <summary>A letters-only suffix that keeps every fictitious person distinct (no exact matches between rows).</summary>
    private static string Word(int i) => new([.. i.ToString("D5", CultureInfo.InvariantCulture).Select(d => (char)('a' + d - '0'))]);
}
