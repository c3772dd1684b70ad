using Cpic.BuildingBlocks.Reference;
using Cpic.Monitoring.Statistics;

namespace Cpic.Monitoring.Metrics;

/// <summary>
/// A filter a metric takes: a statistics dimension (service metrics) or a course level (course metrics), with the
/// codes it accepts. Service filters pick the breakdown row (one filter) or the cross-table row (two filters) of
/// <c>GET /statistics</c>, so a metric is always one of its figures.
/// </summary>
internal sealed record MetricFilter(string Name, Dimension? Dimension, Func<string, bool> Accepts, string Codes)
{
    public static readonly MetricFilter ServiceType = Listed(Dimension.ServiceType, CodeLists.ServiceTypes);
    public static readonly MetricFilter Form = Listed(Dimension.Form, CodeLists.ServiceForms);
    public static readonly MetricFilter PlaceType = Fixed(Dimension.PlaceType,
        "workplace", "dormitory", "company", "municipality", "school", "humanitarian-housing", "other");
    public static readonly MetricFilter Topic = Listed(Dimension.Topic, CodeLists.CounsellingTopics);
    public static readonly MetricFilter InterpreterLanguage = Listed(Dimension.InterpreterLanguage, CodeLists.Languages);
    public static readonly MetricFilter Nationality = Listed(Dimension.Nationality, CodeLists.Countries);
    public static readonly MetricFilter ResidenceCategory = Listed(Dimension.ResidenceCategory, CodeLists.ResidenceCategories);
    public static readonly MetricFilter Sex = Fixed(Dimension.Sex, "female", "male", "other");
    public static readonly MetricFilter AgeBand = Fixed(Dimension.AgeBand, "0-14", "15-17", "18-24", "25-34", "35-44", "45-61", "62+");

    public static readonly MetricFilter CourseCategory = new("courseCategory", null,
        c => CodeLists.CourseTypes.Items.Any(t => t.Category == c), "a course category of /api/v1/reference/course-types");
    public static readonly MetricFilter CourseType = new("courseType", null, CodeLists.CourseTypes.Contains,
        "a code of /api/v1/reference/course-types");

    /// <summary>Filters of the service dimensions (a breakdown of services).</summary>
    public static readonly IReadOnlyList<MetricFilter> OfServices = [ServiceType, Form, PlaceType, Topic, InterpreterLanguage];

    /// <summary>Filters of the client dimensions: with them, services are services received (statistics.md).</summary>
    public static readonly IReadOnlyList<MetricFilter> OfClients = [Nationality, ResidenceCategory, Sex, AgeBand];

    public static readonly IReadOnlyList<MetricFilter> OfCourses = [CourseCategory, CourseType];

    /// <summary>A filter of no statistics dimension that takes one of <paramref name="codes"/>.</summary>
    public static MetricFilter OneOf(string name, IReadOnlyList<string> codes) =>
        new(name, null, codes.Contains, $"one of {string.Join(", ", codes)}");

    private static MetricFilter Listed<T>(Dimension dimension, CodeList<T> list) where T : ICodeListItem =>
        new(dimension.Name, dimension, list.Contains, $"a code of /api/v1/reference/{list.Name}");

    private static MetricFilter Fixed(Dimension dimension, params string[] codes) =>
        new(dimension.Name, dimension, codes.Contains, $"one of {string.Join(", ", codes)}");
}
