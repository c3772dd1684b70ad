using Cpic.Clients.Features.Consents;

namespace Cpic.Clients.Tests.Unit;

/// <summary>The consent date rules without the host: "today" is Prague's date, taken from the injected clock.</summary>
public sealed class ConsentValidatorTests
{
    [Fact]
    public void A_consent_given_today_in_Prague_is_valid_while_it_is_still_yesterday_in_UTC()
    {
        var clock = TestClock.At(new DateTime(2026, 3, 11, 0, 30, 0));
        var validator = new ConsentRequest.Validator(clock);

        validator.Validate(new ConsentRequest("service-delivery", new DateOnly(2026, 3, 11))).IsValid.Should().BeTrue();
        validator.Validate(new ConsentRequest("service-delivery", new DateOnly(2026, 3, 12))).Errors
            .Should().ContainSingle(e => e.ErrorMessage == "givenOn cannot be in the future.");
    }

    [Fact]
    public void Tomorrow_becomes_valid_when_the_clock_moves_past_midnight_in_Prague()
    {
        var clock = TestClock.At(new DateTime(2026, 3, 11, 23, 59, 0));
        var validator = new ConsentRequest.Validator(clock);
        var tomorrow = new ConsentRequest("service-delivery", new DateOnly(2026, 3, 12));
        validator.Validate(tomorrow).IsValid.Should().BeFalse();

        clock.Advance(TimeSpan.FromMinutes(2));

        validator.Validate(tomorrow).IsValid.Should().BeTrue();
    }
}
