namespace Cpic.Counselling.Domain;

/// <summary>
/// A field visit (terénní práce): workers went to a place (dormitory, company, municipality...) and reached people
/// there. Goals count visits by place type and distinct places ("70 field activities", "30 dormitories").
/// </summary>
public sealed class FieldVisit : ISortedNewestFirst
{
    public Guid Id { get; set; }
    public DateOnly Date { get; set; }
    public string Workplace { get; set; } = "";
    public Place Place { get; set; } = null!;

    /// <summary>Name and town, case- and space-insensitive: visits to the same place count as one place.</summary>
    public string PlaceKey { get; set; } = "";

    public IReadOnlyList<string> Workers { get; set; } = [];
    public int PeopleReached { get; set; }
    public IReadOnlyList<string> Topics { get; set; } = [];
    public int Minutes { get; set; }

    /// <summary>Agreed next steps (e.g. "return with an interpreter", "invite the employer to the platform").</summary>
    public IReadOnlyList<string> FollowUps { get; set; } = [];

    public string SortKey { get; set; } = "";
    public DateTimeOffset RecordedAt { get; set; }
    public string RecordedBy { get; set; } = "";
}
