using Cpic.Monitoring.Statistics;

namespace Cpic.Monitoring.Tests.Unit;

/// <summary>The age band is the age reached in the year the period ends (docs/statistics.md), at each band's edge.</summary>
public sealed class AgeBandsTests
{
    [Theory]
    [InlineData(2011, "0-14")]
    [InlineData(2010, "15-17")]
    [InlineData(2008, "15-17")]
    [InlineData(2007, "18-24")]
    [InlineData(2001, "18-24")]
    [InlineData(2000, "25-34")]
    [InlineData(1990, "35-44")]
    [InlineData(1980, "45-61")]
    [InlineData(1964, "45-61")]
    [InlineData(1963, "62+")]
    [InlineData(2030, "0-14")]
    [InlineData(0, null)]
    public void A_birth_year_falls_in_the_band_of_the_age_reached_in_the_year_of_the_period_end(int birthYear, string? band)
    {
        var facts = new FactColumns();

        facts.Values[new AgeBands(facts, 2025).Of(birthYear)].Should().Be(band);
    }
}
