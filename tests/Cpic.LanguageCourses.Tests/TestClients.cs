using Bogus;
using Cpic.Clients.Contracts;
using Wolverine;
using Wolverine.Tracking;

namespace Cpic.LanguageCourses.Tests;

/// <summary>
/// Creates clients the way the Clients module will: by publishing its integration events for a centre (the
/// envelope's tenant) and waiting until this module's handlers have built their read model.
/// </summary>
public static class TestClients
{
    private static readonly Faker Faker = new();

    public static async Task<Guid> RegisterAsync(this CpicApp app, string centre = "LBC", int birthYear = 1990,
        bool anonymous = false, string nationality = "VN") =>
        (await app.RegisterWithCodeAsync(centre, birthYear, anonymous, nationality)).Id;

    public static async Task<(Guid Id, string Code)> RegisterWithCodeAsync(this CpicApp app, string centre = "LBC",
        int birthYear = 1990, bool anonymous = false, string nationality = "VN")
    {
        var id = Guid.CreateVersion7();
        var code = $"{centre}-{Faker.Random.AlphaNumeric(8).ToUpperInvariant()}";
        await app.PublishClientEventsAsync(centre,
            new ClientRegistered(id, centre, $"{centre}-LIB", code, anonymous, "f", birthYear, nationality, new DateOnly(2024, 1, 5)));
        return (id, code);
    }

    public static async Task PublishClientEventsAsync(this CpicApp app, string centre, params object[] events) =>
        await app.Tracking().ExecuteAndWaitAsync((Func<IMessageContext, Task>)(async ctx =>
        {
            foreach (var e in events)
            {
                await ctx.PublishAsync(e, new DeliveryOptions { TenantId = centre });
            }
        }));
}
