namespace Cpic.LanguageCourses.Domain;

/// <summary>
/// The module's own copy of what it needs about a client, built from the Clients module's events (never read from
/// its schema): the code for lists and certificates, birth year, nationality and residence for the AIK obligation.
/// </summary>
internal sealed class CourseClient
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Workplace { get; set; } = "";
    public bool Anonymous { get; set; }
    public bool Anonymised { get; set; }
    public Guid? MergedInto { get; set; }
    public int? BirthYear { get; set; }

    /// <summary>ISO 3166-1 alpha-2 code, for the AIK rules' exempt nationalities.</summary>
    public string? Nationality { get; set; }

    public string? ResidenceCategory { get; set; }
    public string? PermitType { get; set; }
    public DateOnly? ResidenceValidFrom { get; set; }

    /// <summary>When the client completed an AIK course here; such a client is no longer due.</summary>
    public DateOnly? AikCompletedOn { get; set; }
}
