using Bogus;
using Cpic.Clients.Domain;

/// <summary>Fictitious clients and look-ups: Latin names of several locales plus Ukrainian/Russian in Cyrillic.</summary>
internal sealed class BenchPeople(int seed)
{
    private static readonly string[] Locales = ["cz", "uk", "ru", "vi", "en", "sk", "pl"];
    private static readonly string[] Nationalities = ["UA", "VN", "MN", "RU", "SK", "BY", "KZ", "PH", "IN", "US"];
    private readonly Dictionary<string, Faker> _fakers = Locales.ToDictionary(l => l, l => new Faker(l) { Random = new Randomizer(seed) });
    private readonly Random _random = new(seed);

    public IEnumerable<Client> Clients(string centre, int count)
    {
        for (var i = 0; i < count; i++)
        {
            var faker = _fakers[Locales[_random.Next(Locales.Length)]];
            var birth = DateOnly.FromDateTime(faker.Date.Between(new DateTime(1940, 1, 1), new DateTime(2010, 12, 31)));
            var client = new Client
            {
                Id = Guid.CreateVersion7(), Code = $"{centre}-2026-{i:D6}", Centre = centre, RegisteredOn = new DateOnly(2026, 1, 1),
                Details = new ClientDetails(false, $"{centre}-LIB", faker.Name.FirstName(), faker.Name.LastName(),
                    BirthDate: birth, Sex: "female", Nationality: Nationalities[_random.Next(Nationalities.Length)]),
                LastActivityAt = DateTimeOffset.UtcNow, Version = 1,
            };
            client.Refresh(new DateOnly(2026, 1, 1));
            yield return client;
        }
    }

    /// <summary>People to look up: realistic names, some with a typo, some in Cyrillic.</summary>
    public IEnumerable<MatchCandidate> Candidates(int count)
    {
        for (var i = 0; i < count; i++)
        {
            var faker = _fakers[Locales[_random.Next(Locales.Length)]];
            var surname = faker.Name.LastName();
            if (i % 3 == 0 && surname.Length > 4) surname = surname.Remove(_random.Next(1, surname.Length - 1), 1);
            yield return new MatchCandidate(faker.Name.FirstName(), surname,
                BirthDate: DateOnly.FromDateTime(faker.Date.Between(new DateTime(1940, 1, 1), new DateTime(2010, 12, 31))),
                Nationality: Nationalities[_random.Next(Nationalities.Length)]);
        }
    }
}
