using System.Text.Json.Serialization;
using Cpic.BuildingBlocks;
using Cpic.BuildingBlocks.Reference;
using Cpic.Counselling.Domain;
using FluentValidation;

namespace Cpic.Counselling.Features.Interpreters;

/// <summary>Books an interpreter for a dated service: <c>startTime</c> as HH:mm, for <c>minutes</c>, in <c>language</c>.</summary>
/// <param name="Date" example="2026-11-24">Day of the booking: from 2000 to a year from today.</param>
/// <param name="StartTime" example="09:00">Start time HH:mm; the booking ends on the same day.</param>
/// <param name="Minutes" example="60">Duration in minutes, 1–720.</param>
/// <param name="Language" example="vi">A language the interpreter speaks.</param>
/// <param name="ServiceId" example="0193a5c2-0000-7000-8000-0000000000aa">Optional: the service (of the caller's centre) the interpreter is booked for.</param>
public sealed record BookingInput(DateOnly? Date, string StartTime, int Minutes, string Language, Guid? ServiceId)
    : WithheldFromLogs
{
    [JsonIgnore]
    public TimeOnly Start => TimeOfDay.Parse(StartTime);

    internal sealed class Validator : AbstractValidator<BookingInput>
    {
        public Validator(TimeProvider clock)
        {
            RuleFor(x => x.Date).Cascade(CascadeMode.Stop).NotNull()
                .Must(d => d >= ReportingPeriod.Earliest).WithMessage("The date is before 2000.")
                .Must(d => d <= clock.Today().AddYears(1)).WithMessage("A booking is at most a year ahead.");
            RuleFor(x => x.StartTime).Must(TimeOfDay.IsValid)
                .WithMessage("startTime is a time of day as HH:mm.");
            RuleFor(x => x.Minutes).InclusiveBetween(1, 720);
            RuleFor(x => x).Must(x => !TimeOfDay.TryParse(x.StartTime, out var start)
                    || start.Hour * 60 + start.Minute + x.Minutes <= 24 * 60)
                .OverridePropertyName("minutes").WithMessage("A booking ends on the day it starts.");
            RuleFor(x => x.Language).Must(CodeLists.Languages.Contains).WithMessage("Unknown language code.");
        }
    }
}
