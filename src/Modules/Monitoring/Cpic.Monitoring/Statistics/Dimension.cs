namespace Cpic.Monitoring.Statistics;

/// <summary>
/// A dimension the statistics break figures down by. <see cref="Column"/> is its column in the facts in memory
/// (<see cref="FactColumns"/>; none for the topics and the age band, which <see cref="FactSums"/> derives). Client dimensions describe the client, so a group service counts once for
/// each of its clients there (<c>services</c> = services received).
/// </summary>
internal sealed record Dimension(string Name, FactColumns.Text? Column, bool OfClient)
{
    public static readonly Dimension ServiceType = new("serviceType", FactColumns.Text.ServiceType, false);
    public static readonly Dimension Form = new("form", FactColumns.Text.Form, false);
    public static readonly Dimension PlaceType = new("placeType", FactColumns.Text.PlaceType, false);
    public static readonly Dimension Topic = new("topic", null, false);
    public static readonly Dimension InterpreterLanguage = new("interpreterLanguage", FactColumns.Text.Language, false);
    public static readonly Dimension Nationality = new("nationality", FactColumns.Text.Nationality, true);
    public static readonly Dimension ResidenceCategory = new("residenceCategory", FactColumns.Text.Residence, true);
    public static readonly Dimension Sex = new("sex", FactColumns.Text.Sex, true);
    public static readonly Dimension AgeBand = new("ageBand", null, true);
    public static readonly Dimension Centre = new("centre", FactColumns.Text.Centre, false);
    public static readonly Dimension Workplace = new("workplace", FactColumns.Text.Workplace, false);
    public static readonly Dimension Region = new("region", FactColumns.Text.Region, false);
    public static readonly Dimension Month = new("month", FactColumns.Text.Month, false);

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
