using System.Net;
using System.Net.Http.Json;

namespace Cpic.Api.Tests.Sweep;

/// <summary>The Platforms records of the sweep: an actor with a consenting contact person, a body, a meeting, a distribution list and a sending.</summary>
internal sealed partial class CentreRecords
{
    public const string ContactName = "Sweepová Kontaktní";
    public const string ContactEmail = "sweep.contact@example.org";

    private async Task SeedPlatformsAsync(DateOnly today)
    {
        const string api = "/api/v1/platforms";
        var actor = await CreateAsync("actors", $"{api}/actors", new
        {
            name = "Sweep NGO", type = "ngo", town = "Liberec", region = "CZ051", themes = new[] { "housing" }, joinedOn = today.AddDays(-30),
        });
        var person = await CreateAsync("people", $"{api}/actors/{actor}/people", new { name = ContactName, email = ContactEmail });
        using var consent = new HttpRequestMessage(HttpMethod.Post, $"{api}/people/{person}/consents")
        {
            Content = JsonContent.Create(new { purpose = "newsletters", given = true, on = today, how = Note }),
        };
        consent.Headers.TryAddWithoutValidation("If-Match", "\"1\"");
        await (await owner.SendAsync(consent)).ShouldBe(HttpStatusCode.Created);
        var body = await CreateAsync("bodies", $"{api}/bodies", new
        {
            name = "Sweep platforma", kind = "working-group", meetingsPerYear = 4, from = today.AddDays(-60),
            members = new[] { new { actorId = actor, seat = "member", personId = person, from = today.AddDays(-60) } },
        });
        await CreateAsync("meetings", $"{api}/meetings", new
        {
            bodyId = body, title = "Sweep", date = today.AddDays(5), startTime = "09:30", durationMinutes = 60,
            venue = new { kind = "online", url = "https://meet.example.org/sweep" },
        });
        var list = await CreateAsync("lists", $"{api}/outreach/lists", new { name = "Sweep", purpose = "newsletters", actorIds = new[] { actor } });
        await CreateAsync("sendings", $"{api}/outreach/sendings", new { listId = list, subject = "Sweep", text = Note });
    }
}
