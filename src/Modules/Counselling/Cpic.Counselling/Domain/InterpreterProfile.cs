namespace Cpic.Counselling.Domain;

/// <summary>An interpreter or intercultural worker on the centre's roster: languages, staff or external, contact.</summary>
public sealed class InterpreterProfile
{
    public Guid Id { get; set; }
    public string Name { get; set; } = "";
    public IReadOnlyList<string> Languages { get; set; } = [];

    /// <summary>True for a community interpreter from outside the centre, false for staff.</summary>
    public bool External { get; set; }

    public string? Phone { get; set; }
    public string? Email { get; set; }
}

/// <summary>
/// One interpreter's bookings on one day (id <c>{interpreterId}/{date}</c>). Keeping a day in one document with
/// optimistic concurrency makes two simultaneous overlapping bookings impossible: the second write fails with 409.
/// </summary>
internal sealed class InterpreterDay
{
    public string Id { get; set; } = "";
    public List<InterpreterBooking> Bookings { get; set; } = [];

    public static string IdFor(Guid interpreterId, DateOnly date) => $"{interpreterId}/{date:yyyy-MM-dd}";
}

/// <summary>A booked slot: from <see cref="Start"/> for <see cref="Minutes"/>, for a language and optionally a service.</summary>
public sealed record InterpreterBooking(Guid Id, Guid InterpreterId, DateOnly Date, TimeOnly Start, int Minutes,
    string Language, Guid? ServiceId, string BookedBy)
{
    public TimeOnly End => Start.AddMinutes(Minutes);

    /// <summary>
    /// Compared in minutes of the day, not as <see cref="TimeOnly"/>: a slot ending at midnight would wrap to 00:00
    /// and overlap nothing. Adjacent slots (one ends when the next starts) do not overlap.
    /// </summary>
    public bool Overlaps(TimeOnly start, int minutes)
    {
        var (mine, theirs) = (MinuteOfDay(Start), MinuteOfDay(start));
        return theirs < mine + Minutes && mine < theirs + minutes;
    }

    private static int MinuteOfDay(TimeOnly time) => time.Hour * 60 + time.Minute;
}
