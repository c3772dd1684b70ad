namespace Cpic.Counselling.Tests;

/// <summary>The JSON of a service as an integrator sends it; strings for dates so that tests can send bad ones.</summary>
internal sealed record ServiceBody(
    Guid[]? ClientIds, int? AudienceSize, string? Date, string? StartTime, int Minutes, string? ServiceType, string? Form,
    string? Workplace, PlaceBody? Place, string[]? Topics, InterpreterBody? Interpreter, string[]? Workers,
    string? FundingSource, string? Outcome, string? Notes)
{
    public static readonly TimeZoneInfo Prague = TimeZoneInfo.FindSystemTimeZoneById("Europe/Prague");

    /// <summary>Today in Czech time, as the API sees it.</summary>
    public static DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.UtcNow, Prague));

    /// <summary>A social counselling session of 45 minutes in the Liberec office today, given by <paramref name="worker"/>.</summary>
    public static ServiceBody For(Guid clientId, string worker = "worker-a") => new(
        [clientId], null, Today.ToString("yyyy-MM-dd"), "09:30", 45, "social-counselling", "office", "LBC-LIB",
        new PlaceBody("workplace", null, null), ["residence", "housing"], new InterpreterBody("uk", true), [worker],
        "CZ.12.01.02/00/24_022/0000077", "Explained the extension of temporary protection.", "Protected: family situation");

    public ServiceBody On(DateOnly date) => this with { Date = date.ToString("yyyy-MM-dd") };

    /// <summary>A field service at a dormitory in Česká Lípa.</summary>
    public ServiceBody InTheField() => this with
    {
        Form = "field", Workplace = "LBC-CL", Place = new PlaceBody("dormitory", "Ubytovna U Nádraží", "Česká Lípa"),
    };
}

internal sealed record PlaceBody(string? Type, string? Name, string? Town);

internal sealed record InterpreterBody(string? Language, bool External);
