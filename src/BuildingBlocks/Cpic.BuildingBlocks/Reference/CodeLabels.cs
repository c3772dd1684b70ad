namespace Cpic.BuildingBlocks.Reference;

/// <summary>
/// The labels of one code in every language the code lists are served in (<see cref="LabelLanguages"/>): Czech,
/// English, and the languages of the largest client groups, Ukrainian, Russian and Vietnamese.
/// </summary>
public sealed record CodeLabels(string Code, string Cs, string En, string Uk, string Ru, string Vi)
{
    /// <summary>The label in a language of <see cref="LabelLanguages.All"/>; Czech for any other.</summary>
    public string In(string language) => language switch
    {
        "en" => En,
        "uk" => Uk,
        "ru" => Ru,
        "vi" => Vi,
        _ => Cs,
    };
}
