namespace Cpic.Monitoring.Statistics;

/// <summary>
/// A dimension the statistics break figures down by. <see cref="Column"/> is its column in the filtered fact rows
/// (see <see cref="StatisticsSql"/>). Client dimensions describe the client, so a group service counts once for
/// each of its clients there (<c>services</c> = services received).
/// </summary>
internal sealed record Dimension(string Name, string Column, bool OfClient)
{
    public static readonly Dimension ServiceType = new("serviceType", "service_type", false);
    public static readonly Dimension Form = new("form", "form", false);
    public static readonly Dimension PlaceType = new("placeType", "place_type", false);
    public static readonly Dimension Topic = new("topic", "topic", false);
    public static readonly Dimension InterpreterLanguage = new("interpreterLanguage", "interpreter_language", false);
    public static readonly Dimension Nationality = new("nationality", "nationality", true);
    public static readonly Dimension ResidenceCategory = new("residenceCategory", "residence_category", true);
    public static readonly Dimension Sex = new("sex", "sex", true);
    public static readonly Dimension AgeBand = new("ageBand", "age_band", true);
    public static readonly Dimension Centre = new("centre", "centre", false);
    public static readonly Dimension Workplace = new("workplace", "workplace", false);
    public static readonly Dimension Region = new("region", "region", false);
    public static readonly Dimension Month = new("month", "month", false);

    public static readonly IReadOnlyList<Dimension> All =
    [
        ServiceType, Form, PlaceType, Topic, InterpreterLanguage, Nationality, ResidenceCategory, Sex, AgeBand,
        Centre, Workplace, Region, Month,
    ];

    /// <summary>Dimensions of the service (but <see cref="Topic"/>: a service has several, so it is counted apart).</summary>
    public static readonly IReadOnlyList<Dimension> OfService =
        [ServiceType, Form, PlaceType, InterpreterLanguage, Centre, Workplace, Region, Month];

    /// <summary>Dimensions of the client: one value per client and period, so they are counted per client.</summary>
    public static readonly IReadOnlyList<Dimension> OfClients = [Nationality, ResidenceCategory, Sex, AgeBand];

    public static string Names => string.Join(", ", All.Select(d => d.Name));

    public static Dimension? Find(string name) =>
        All.FirstOrDefault(d => string.Equals(d.Name, name, StringComparison.OrdinalIgnoreCase));
}
