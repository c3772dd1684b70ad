using Cpic.Counselling.Contracts;
using Cpic.Monitoring.Contracts;

namespace Cpic.Webhooks.Tests;

/// <summary>Integration events as the modules publish them, for the tests that need many of them quickly.</summary>
public static class Events
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    public static ServiceRecorded Recorded(Guid service, string centre = "LBC") =>
        new(service, centre, $"{centre}-LIB", Day, 30, "social-counselling", "individual", "workplace", null, [], null, false, [], null, null);

    public static ServiceCorrected Corrected(Guid service) =>
        new(service, "LBC", "LBC-LIB", Day, 45, "social-counselling", "individual", "workplace", null, [], null, false, [], null, null, 2);

    public static ServiceCancelled Cancelled(Guid service) => new(service, "LBC", Day);

    public static MonthClosed Month(string month, string centre = "LBC") => new(centre, month, 1);
}
