using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace Cpic.Api.Tests.Sweep;

/// <summary>
/// One record of each kind in a centre, created over HTTP, and every id the centre's staff can then read: the sweep
/// probes these from other centres and roles. Ids are grouped by the collection that lists them (clients, courses...).
/// </summary>
internal sealed class CentreRecords(CpicApp app, HttpClient owner)
{
    public const string Surname = "Sweepová";
    public const string GivenNames = "Kateryna";
    public const string Note = "sweep-note-only-for-the-centre";

    public Dictionary<string, List<string>> Ids { get; } = [];

    public IEnumerable<string> ClientIds => Ids.GetValueOrDefault("clients") ?? [];

    public async Task SeedAsync(DateOnly today)
    {
        var date = today.ToString("yyyy-MM-dd");
        var client = await CreateAsync("clients", "/api/v1/clients?force=true", new
        {
            anonymous = false, workplace = "LBC-LIB", givenNames = GivenNames, surname = Surname, birthDate = "1990-02-03",
            sex = "female", nationality = "UA", preferredLanguage = "uk", note = Note,
        });
        await CreateAsync("services", "/api/v1/counselling/services", new
        {
            clientIds = new[] { client }, date, minutes = 30, serviceType = "social-counselling", form = "office",
            workplace = "LBC-LIB", place = new { type = "workplace" }, topics = new[] { "residence" }, note = Note,
        });
        await CreateAsync("cases", "/api/v1/counselling/cases", new { clientId = client, workplace = "LBC-LIB", openedOn = date, goal = Note });
        await CreateAsync("referrals", "/api/v1/counselling/referrals", new
        {
            clientId = client, direction = "outgoing", partnerType = "health-care", partnerName = "KNL", reason = Note, date,
        });
        var course = await CreateAsync("courses", "/api/v1/courses", new
        {
            title = "Čeština A1", courseType = "czech-basic", level = "A1", language = "cs", workplace = "LBC-LIB",
            lecturers = new[] { new { name = "Lektorka Nováková", external = false } }, capacity = 10,
            enrolmentOpensOn = today.AddDays(-10), enrolmentClosesOn = today.AddDays(10), startsOn = today.AddDays(-5),
            endsOn = today.AddDays(30), status = "open",
        });
        await CreateAsync("sessions", $"/api/v1/courses/{course}/sessions", new { date = today.AddDays(-1), start = "17:00", durationMinutes = 90, room = "sweep", lecturer = "Lektorka Nováková" });
        await CreateAsync("enrolments", $"/api/v1/courses/{course}/enrolments", new { clientId = client });
        await CreateAsync("localities", "/api/v1/monitoring/localities", new { name = "Ubytovna Sweep", kind = "dormitory", town = "Liberec" });
    }

    /// <summary>
    /// Reads every list the owner may read, three rounds deep (a course's sessions need the course's id). Not the access
    /// log: its entries are reads, not records, and grow with every round.
    /// </summary>
    public async Task HarvestAsync(IReadOnlyList<Operation> operations, DateOnly today)
    {
        var reads = operations.Where(o => o.Method == "GET" && !o.Template.StartsWith("/api/v1/reference", StringComparison.Ordinal)
            && !o.Template.Contains("access-log", StringComparison.Ordinal)).ToList();
        for (var (found, round) = (true, 0); found && round < 3; round++)
        {
            found = false;
            foreach (var read in reads)
            {
                var response = await owner.GetAsync(read.Url(Ids, "LBC", today));
                if (!response.IsSuccessStatusCode || response.Content.Headers.ContentType?.MediaType != "application/json") continue;
                foreach (var id in IdsIn(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement))
                {
                    found |= Add(read.Collection, id);
                }
            }
        }
    }

    /// <summary>Every id and text of the centre's records that no other centre may see.</summary>
    public IEnumerable<string> Secrets => Ids.Values.SelectMany(v => v).Append(Surname).Append(Note);

    /// <summary>What identifies the client to anyone outside the centre, the ministry included.</summary>
    public IEnumerable<string> PersonalData => ClientIds.Append(Surname).Append(GivenNames).Append(Note);

    private async Task<Guid> CreateAsync(string collection, string url, object body)
    {
        var response = await app.AndWaitForMessages(() => owner.PostAsJsonAsync(url, body));
        var id = (await response.ShouldBe(HttpStatusCode.Created)).GetProperty("id").GetGuid();
        Add(collection, id.ToString());
        return id;
    }

    private bool Add(string collection, string id)
    {
        var known = Ids.TryGetValue(collection, out var list) ? list : Ids[collection] = [];
        if (known.Contains(id)) return false;
        known.Add(id);
        return true;
    }

    private static IEnumerable<string> IdsIn(JsonElement json) => json.ValueKind switch
    {
        JsonValueKind.Array => json.EnumerateArray().SelectMany(IdsIn),
        JsonValueKind.Object => json.EnumerateObject().SelectMany(p =>
            p.Name == "id" && p.Value.ValueKind == JsonValueKind.String && Guid.TryParse(p.Value.GetString(), out _)
                ? [p.Value.GetString()!] : IdsIn(p.Value)),
        _ => [],
    };
}
