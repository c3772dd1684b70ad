using Cpic.Clients.Contracts;
using Cpic.Counselling.Contracts;

namespace Cpic.Monitoring.Tests;

/// <summary>Fictitious clients and services: keys, codes and dates only, as the contracts carry.</summary>
internal static class Samples
{
    public static ClientRegistered Client(string centre = "LBC", string nationality = "VN", string sex = "female",
        int birthYear = 1990, string? workplace = null) =>
        new(Guid.CreateVersion7(), centre, workplace ?? WorkplaceOf(centre), $"C-{Guid.NewGuid():N}"[..10], false, sex,
            birthYear, nationality, new DateOnly(2025, 1, 10));

    public static ServiceRecorded Service(string centre, DateOnly date, params Guid[] clients) =>
        Service(centre, date, "social-counselling", clients);

    public static ServiceRecorded Service(string centre, DateOnly date, string type, params Guid[] clients) =>
        new(Guid.CreateVersion7(), centre, WorkplaceOf(centre), date, 30, type, "office", "workplace", null,
            ["residence"], null, false, clients, null, null);

    public static ServiceCorrected Corrected(ServiceRecorded s, string type, params Guid[] clients) =>
        new(s.ServiceId, s.Centre, s.Workplace, s.Date, 45, type, s.Form, s.PlaceType, s.PlaceTown, s.Topics,
            s.InterpreterLanguage, s.ExternalInterpreter, clients, s.AudienceSize, s.FundingSource, Revision: 2);

    /// <summary>A workplace code of the centre (Liberec's is in the registry; others are not checked by facts).</summary>
    public static string WorkplaceOf(string centre) => centre == "LBC" ? "LBC-LIB" : $"{centre}-MAIN";

    public static string Year2025(string extra = "") => $"/api/v1/monitoring/statistics?from=2025-01-01&to=2025-12-31{extra}";
}
