using Cpic.LanguageCourses.Domain;

namespace Cpic.LanguageCourses.Tests.Unit;

/// <summary>Who must attend the AIK and by when (<see cref="AikRules.DeadlineFor"/>), without the host.</summary>
public sealed class AikRulesTests
{
    private static readonly AikRules Rules = new()
    {
        AppliesToResidenceFrom = new DateOnly(2021, 1, 1),
        ResidenceCategories = ["long-term-residence", "permanent-residence"],
        ExemptPermitTypes = ["účelem studia", ""],
        ExemptNationalities = ["DE", "SK"],
        MinimumAge = 15,
        MaximumAge = 61,
        DeadlineMonths = 12,
    };

    private static CourseClient Client(string? category = "long-term-residence", string from = "2022-03-01", int? born = 1990,
        string? nationality = "VN", string? permit = "zaměstnanecká karta") => new()
        {
            ResidenceCategory = category, ResidenceValidFrom = DateOnly.Parse(from), BirthYear = born, Nationality = nationality,
            PermitType = permit,
        };

    [Fact]
    public void A_third_country_national_with_long_term_residence_is_due_a_year_after_the_permit_starts()
    {
        Rules.DeadlineFor(Client()).Should().Be(new DateOnly(2023, 3, 1));
        Rules.DeadlineFor(Client(category: "permanent-residence", from: "2024-02-29")).Should().Be(new DateOnly(2025, 2, 28));
    }

    [Theory]
    [InlineData("long-term-visa", "2022-03-01")]
    [InlineData(null, "2022-03-01")]
    [InlineData("long-term-residence", "2020-12-31")]
    public void Other_categories_and_permits_from_before_the_law_are_not_due(string? category, string from)
    {
        Rules.DeadlineFor(Client(category, from)).Should().BeNull();
    }

    [Theory]
    [InlineData("Povolení k dlouhodobému pobytu za účelem studia")]
    [InlineData("POVOLENI K DLOUHODOBEMU POBYTU ZA UCELEM STUDIA")]
    public void An_exempt_purpose_matches_inside_the_permit_type_ignoring_case_and_diacritics(string permit)
    {
        Rules.DeadlineFor(Client(permit: permit)).Should().BeNull();
    }

    [Fact]
    public void An_empty_exemption_exempts_nobody()
    {
        Rules.DeadlineFor(Client(permit: "zaměstnanecká karta")).Should().NotBeNull();
    }

    [Fact]
    public void Citizens_of_exempt_countries_are_not_due_but_a_client_without_a_nationality_is()
    {
        Rules.DeadlineFor(Client(nationality: "DE")).Should().BeNull();
        Rules.DeadlineFor(Client(nationality: null)).Should().NotBeNull();
    }

    [Theory]
    [InlineData(2008, false)]
    [InlineData(2007, true)]
    [InlineData(1961, true)]
    [InlineData(1960, false)]
    [InlineData(null, false)]
    public void Ages_count_by_birth_year_in_the_year_the_permit_starts(int? born, bool due)
    {
        // The permit starts in 2022: born 2007 is 15, born 1961 is 61.
        (Rules.DeadlineFor(Client(born: born)) is not null).Should().Be(due);
    }
}
