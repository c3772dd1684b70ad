using Cpic.Monitoring.Domain;
using Cpic.Monitoring.Features.Localities;

namespace Cpic.Monitoring.Tests.Unit;

/// <summary>The rules of an observation of a locality without the host.</summary>
public sealed class ObservationValidatorTests
{
    private static readonly RecordObservation.Request.Validator Validator = new(TestClock.At(new DateTime(2025, 5, 20, 10, 0, 0)));

    private static RecordObservation.Request Observation(string quarter = "2025-Q2", string day = "2025-05-14",
        string risk = "low", string? reason = null, Indicators? indicators = null) =>
        new(quarter, DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture),
            indicators ?? new Indicators(240, new Dictionary<string, int> { ["VN"] = 120 }, null, null, null, null),
            null, risk, reason, null);

    [Fact]
    public void An_observation_within_its_quarter_is_valid()
    {
        Validator.Validate(Observation()).Errors.Should().BeEmpty();
        Validator.Validate(Observation(quarter: "2025-q2")).Errors.Should().BeEmpty("the quarter's letter may be lower case");
    }

    [Theory]
    [InlineData("2025-Q5")]
    [InlineData("2025Q2")]
    [InlineData("0000-Q1")]
    [InlineData("2025-Q")]
    public void A_quarter_is_written_yyyy_Qn(string quarter)
    {
        Validator.Validate(Observation(quarter: quarter)).Errors.Should().Contain(e => e.PropertyName == "Quarter");
    }

    [Fact]
    public void The_day_falls_within_the_quarter_and_not_in_the_future()
    {
        Validator.Validate(Observation(day: "2025-03-31")).Errors.Should().ContainSingle(e => e.ErrorMessage == "observedOn must fall within the quarter.");
        Validator.Validate(Observation(day: "2025-05-21")).Errors.Should().ContainSingle(e => e.ErrorMessage == "observedOn must not be in the future.");
    }

    [Theory]
    [InlineData("low", null, true)]
    [InlineData("medium", null, false)]
    [InlineData("high", "Complaints of neighbours", true)]
    [InlineData("extreme", "Complaints of neighbours", false)]
    public void A_medium_or_high_risk_gives_its_reason(string risk, string? reason, bool valid)
    {
        Validator.Validate(Observation(risk: risk, reason: reason)).IsValid.Should().Be(valid);
    }

    [Fact]
    public void Workers_by_country_name_known_countries_with_bounded_counts()
    {
        var unknown = new Indicators(null, new Dictionary<string, int> { ["XX"] = 3 }, null, null, null, null);
        var huge = new Indicators(null, new Dictionary<string, int> { ["VN"] = 1_000_001 }, null, null, null, null);
        Validator.Validate(Observation(indicators: unknown)).IsValid.Should().BeFalse();
        Validator.Validate(Observation(indicators: huge)).IsValid.Should().BeFalse();
    }
}
