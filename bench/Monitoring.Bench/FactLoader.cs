using Cpic.Monitoring.Facts;
using Npgsql;
using NpgsqlTypes;

namespace Monitoring.Bench;

/// <summary>
/// Bulk-loads fictitious facts with binary COPY straight into the monitoring tables: ten years of the whole
/// network in date order, one client per service, nationalities skewed. Deterministic (fixed seed).
/// </summary>
internal static class FactLoader
{
    private static readonly string[] Nationalities = ["UA", "VN", "MN", "RU", "SK", "BY", "KZ", "MD", "CN", "IN", "PH", "US", "TR", "GE", "UZ", "AM"];
    private static readonly string[] Types = ["social-counselling", "legal-counselling", "intercultural-assistance", "interpreting-translation", "education-counselling", "information-service"];
    private static readonly string[] Forms = ["office", "field", "remote"];
    private static readonly string[] Topics = ["residence", "social-benefits", "health-insurance", "housing", "labour-market", "education", "family"];
    private static readonly string[] Categories = ["permanent-residence", "long-term-residence", "long-term-visa", "temporary-protection", "asylum"];

    public static async Task Load(NpgsqlDataSource db, IReadOnlyList<(string Centre, string Region)> centres, int clients, int services)
    {
        await using var connection = await db.OpenConnectionAsync();
        await Execute(connection, "truncate monitoring.service_facts, monitoring.clients, monitoring.residence_statuses, monitoring.cancelled_services");
        var random = new Random(7140);
        var profiles = Enumerable.Range(0, clients).Select(_ => (Id: Guid.CreateVersion7(),
            Nationality: Nationalities[Math.Min(random.Next(Nationalities.Length * 2), random.Next(Nationalities.Length))],
            Sex: random.Next(2) == 0 ? "female" : "male", BirthYear: 1950 + random.Next(60),
            Category: Categories[random.Next(Categories.Length)], Centre: centres[random.Next(centres.Count)])).ToArray();

        await using (var copy = await connection.BeginBinaryImportAsync(
            "copy monitoring.clients (client_id, centre, sex, birth_year, nationality, anonymised) from stdin (format binary)"))
        {
            foreach (var p in profiles)
            {
                await copy.WriteRowAsync(default, p.Id, p.Centre.Centre, p.Sex, p.BirthYear, p.Nationality, false);
            }

            await copy.CompleteAsync();
        }

        await using (var copy = await connection.BeginBinaryImportAsync(
            "copy monitoring.residence_statuses (client_id, valid_from, category) from stdin (format binary)"))
        {
            foreach (var p in profiles)
            {
                await copy.WriteRowAsync(default, p.Id, DateOnly.MinValue, p.Category);
            }

            await copy.CompleteAsync();
        }

        var start = new DateOnly(2016, 1, 1);
        await using (var copy = await connection.BeginBinaryImportAsync("""
            copy monitoring.service_facts (service_id, client_id, client_key, ordinal, status, seq, centre, workplace,
                region, date, minutes, service_type, form, place_type, topics, interpreter_language, sex, birth_year,
                nationality, residence_category) from stdin (format binary)
            """))
        {
            for (var i = 0; i < services; i++)
            {
                var p = profiles[random.Next(profiles.Length)];
                await copy.StartRowAsync();
                await copy.WriteAsync(Guid.CreateVersion7(), NpgsqlDbType.Uuid);
                await copy.WriteAsync(p.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(p.Id, NpgsqlDbType.Uuid);
                await copy.WriteAsync(0, NpgsqlDbType.Integer);
                await copy.WriteAsync("active", NpgsqlDbType.Text);
                await copy.WriteAsync((long)i + 1, NpgsqlDbType.Bigint);
                await copy.WriteAsync(p.Centre.Centre, NpgsqlDbType.Text);
                await copy.WriteAsync($"{p.Centre.Centre}-MAIN", NpgsqlDbType.Text);
                await copy.WriteAsync(p.Centre.Region, NpgsqlDbType.Text);
                // Facts arrive day by day, so the table is in date order as it would be in production.
                await copy.WriteAsync(start.AddDays((int)(3652L * i / services)), NpgsqlDbType.Date);
                await copy.WriteAsync(15 + random.Next(8) * 15, NpgsqlDbType.Integer);
                await copy.WriteAsync(Types[random.Next(Types.Length)], NpgsqlDbType.Text);
                await copy.WriteAsync(Forms[random.Next(Forms.Length)], NpgsqlDbType.Text);
                await copy.WriteAsync("workplace", NpgsqlDbType.Text);
                await copy.WriteAsync(new[] { Topics[random.Next(Topics.Length)] }, NpgsqlDbType.Array | NpgsqlDbType.Text);
                if (random.Next(5) == 0) await copy.WriteAsync("uk", NpgsqlDbType.Text); else await copy.WriteNullAsync();
                await copy.WriteAsync(p.Sex, NpgsqlDbType.Text);
                await copy.WriteAsync(p.BirthYear, NpgsqlDbType.Integer);
                await copy.WriteAsync(p.Nationality, NpgsqlDbType.Text);
                await copy.WriteAsync(p.Category, NpgsqlDbType.Text);
            }

            await copy.CompleteAsync();
        }

        await Execute(connection, $"select setval('monitoring.fact_seq', {services})");
        await Execute(connection, "vacuum analyze monitoring.service_facts");
        await Execute(connection, "vacuum analyze monitoring.clients");
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
