namespace CxReviewBot.People;

/// <summary>A recipient's working calendar: zone (IANA), working days and daily window [Start, End).</summary>
internal sealed record WorkingHours(TimeZoneInfo Zone, IReadOnlySet<DayOfWeek> Days, TimeOnly Start, TimeOnly End)
{
    private static readonly DayOfWeek[] MondayToFriday =
        [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>
    /// From mailbox settings when usable; otherwise the review's zone with Mon–Fri 09:00–17:00. Unusable = unknown zone,
    /// no working days, or a window that doesn't end after it starts.
    /// </summary>
    public static WorkingHours FromMailboxOrDefault(
        string? ianaZone, IReadOnlyCollection<DayOfWeek>? days, TimeOnly? start, TimeOnly? end, string reviewZone)
    {
        if (ianaZone is not null && TimeZoneInfo.TryFindSystemTimeZoneById(ianaZone, out var zone)
            && days is { Count: > 0 } && start is { } from && end is { } to && to > from)
        {
            return new WorkingHours(zone, days.ToHashSet(), from, to);
        }

        return Default(reviewZone);
    }

    public static WorkingHours Default(string zone) =>
        new(TimeZoneInfo.FindSystemTimeZoneById(zone), MondayToFriday.ToHashSet(), new TimeOnly(9, 0), new TimeOnly(17, 0));

    public bool IsWorkingDay(DateOnly date, IReadOnlySet<DateOnly> quietDays) =>
        Days.Contains(date.DayOfWeek) && !quietDays.Contains(date);

    /// <summary>The <paramref name="count"/>-th working day after (count &gt; 0) or before (count &lt; 0) <paramref name="from"/>.</summary>
    public DateOnly AddWorkingDays(DateOnly from, int count, IReadOnlySet<DateOnly> quietDays)
    {
        var step = count >= 0 ? 1 : -1;
        var date = from;
        for (var found = 0; found < Math.Abs(count);)
        {
            date = date.AddDays(step);
            found += IsWorkingDay(date, quietDays) ? 1 : 0;
            EnsureWithinAYear(from, date);
        }

        return date;
    }

    public DateOnly LocalDate(DateTimeOffset instant) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, Zone).DateTime);

    /// <summary>Start of the working window on <paramref name="date"/>; a start inside a DST gap moves forward past it.</summary>
    public DateTimeOffset OpeningUtc(DateOnly date) => LocalToUtc(date.ToDateTime(Start));

    /// <summary>Midnight at the start of <paramref name="date"/> in this zone.</summary>
    public DateTimeOffset MidnightUtc(DateOnly date) => LocalToUtc(date.ToDateTime(TimeOnly.MinValue));

    /// <summary>The first instant at or after <paramref name="instant"/> inside working hours on a working, non-quiet day.</summary>
    public DateTimeOffset NextWorkingMoment(DateTimeOffset instant, IReadOnlySet<DateOnly> quietDays)
    {
        var local = TimeZoneInfo.ConvertTime(instant, Zone);
        var date = DateOnly.FromDateTime(local.DateTime);
        var time = TimeOnly.FromDateTime(local.DateTime);
        if (IsWorkingDay(date, quietDays) && time < End)
        {
            return time >= Start ? instant.ToUniversalTime() : OpeningUtc(date);
        }

        return OpeningUtc(AddWorkingDays(date, 1, quietDays));
    }

    private DateTimeOffset LocalToUtc(DateTime local)
    {
        while (Zone.IsInvalidTime(local))
        {
            local = local.AddMinutes(15);
        }

        // Ambiguous (clocks going back): ConvertTimeToUtc takes the standard-time reading, the later of the two.
        return new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(local, Zone), TimeSpan.Zero);
    }

    private static void EnsureWithinAYear(DateOnly from, DateOnly date)
    {
        if (Math.Abs(date.DayNumber - from.DayNumber) > 366)
        {
            throw new InvalidOperationException("No working day within a year; check working days and quiet days.");
        }
    }
}
