using Cpic.Counselling.Features.Services;

namespace Cpic.Counselling.Tests.Unit;

/// <summary>The rules of a recorded service's body without the host.</summary>
public sealed class ServiceInputValidatorTests
{
    private static readonly ServiceInput.Validator Validator = new(TestClock.At(new DateTime(2026, 3, 11, 0, 30, 0)));

    private static ServiceInput Office(Action<ServiceInputBuilder>? change = null)
    {
        var builder = new ServiceInputBuilder();
        change?.Invoke(builder);
        return builder.Build();
    }

    [Fact]
    public void An_office_service_for_one_client_today_in_Prague_is_valid()
    {
        Validator.Validate(Office()).Errors.Should().BeEmpty();
    }

    [Fact]
    public void A_service_names_a_client_or_an_audience()
    {
        Validator.Validate(Office(b => b.ClientIds = [])).Errors.Should().ContainSingle(e => e.PropertyName == "clientIds");
        Validator.Validate(Office(b => (b.ClientIds, b.AudienceSize) = ([], 12))).Errors.Should().BeEmpty();
    }

    [Fact]
    public void Tomorrow_in_Prague_is_in_the_future_though_it_is_still_today_in_UTC()
    {
        Validator.Validate(Office(b => b.Date = new DateOnly(2026, 3, 12))).Errors
            .Should().ContainSingle(e => e.PropertyName == "Date");
    }

    [Fact]
    public void A_field_service_takes_place_at_a_field_place_and_an_office_one_at_a_workplace()
    {
        Validator.Validate(Office(b => b.Form = "field")).Errors.Should().ContainSingle(e => e.PropertyName == "Place.Type");
        Validator.Validate(Office(b => (b.Form, b.Place) = ("field", new PlaceInput("dormitory", "Ubytovna U Nádraží", "Liberec"))))
            .Errors.Should().BeEmpty();
        Validator.Validate(Office(b => b.Place = new PlaceInput("dormitory", null, null))).Errors
            .Select(e => e.PropertyName).Should().BeEquivalentTo(["Place.Name", "Place.Town", "Place.Type"]);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    [InlineData(720, false)]
    [InlineData(721, true)]
    public void Minutes_run_from_one_to_twelve_hours(int minutes, bool refused)
    {
        Validator.Validate(Office(b => b.Minutes = minutes)).Errors.Any(e => e.PropertyName == "Minutes").Should().Be(refused);
    }

    [Fact]
    public void Unknown_codes_are_named()
    {
        var errors = Validator.Validate(Office(b => (b.ServiceType, b.Topics) = ("palm-reading", ["residence", "astrology"]))).Errors;
        errors.Select(e => e.ErrorMessage).Should().Contain(["Unknown service type code.", "Unknown topic code 'astrology'."]);
    }

    private sealed class ServiceInputBuilder
    {
        public IReadOnlyList<Guid> ClientIds { get; set; } = [Guid.CreateVersion7()];
        public int? AudienceSize { get; set; }
        public DateOnly Date { get; set; } = new(2026, 3, 11);
        public int Minutes { get; set; } = 45;
        public string ServiceType { get; set; } = "social-counselling";
        public string Form { get; set; } = "office";
        public PlaceInput Place { get; set; } = new("workplace", null, null);
        public IReadOnlyList<string> Topics { get; set; } = ["residence"];

        public ServiceInput Build() => new(ClientIds, AudienceSize, Date, "09:30", Minutes, ServiceType, Form, "LBC-LIB",
            Place, Topics, null, null, null, null, null);
    }
}
