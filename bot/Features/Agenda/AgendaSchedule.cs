namespace CxReviewBot.Features.Agenda;

/// <summary>
/// When a weekly review meets and when its agenda is due, as pure functions of wall-clock time in the review's zone.
/// A meeting time that does not exist on a spring-forward day moves forward by the gap (02:30 becomes 03:30); a time
/// that occurs twice on a fall-back day means its first (earlier) instant.
/// </summary>
internal static class AgendaSchedule
{
    /// <summary>How long after its posting time an agenda may go out before it counts as late (and says so).</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(10);

    public static DateTime ToUtc(DateOnly date, TimeOnly time, TimeZoneInfo zone)
    {
        var local = date.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            // The offset before the gap maps the skipped wall time to the instant as many minutes after the jump.
            var before = zone.GetUtcOffset(local.AddHours(-6));
            return DateTime.SpecifyKind(local - before, DateTimeKind.Utc);
        }
        if (zone.IsAmbiguousTime(local))
        {
            var earliest = zone.GetAmbiguousTimeOffsets(local).Max();
            return DateTime.SpecifyKind(local - earliest, DateTimeKind.Utc);
        }
        return TimeZoneInfo.ConvertTimeToUtc(local, zone);
    }

    /// <summary>The first meeting strictly after <paramref name="afterUtc"/>.</summary>
    public static DateTime NextOccurrence(DayOfWeek weekday, TimeOnly time, TimeZoneInfo zone, DateTime afterUtc)
    {
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Utc(afterUtc), zone));
        var date = localDate.AddDays(((int)weekday - (int)localDate.DayOfWeek + 7) % 7);
        while (true)
        {
            var occurrence = ToUtc(date, time, zone);
            if (occurrence > afterUtc)
            {
                return occurrence;
            }
            date = date.AddDays(7);
        }
    }

    /// <summary>The last meeting at or before <paramref name="atOrBeforeUtc"/>.</summary>
    public static DateTime PreviousOccurrence(DayOfWeek weekday, TimeOnly time, TimeZoneInfo zone, DateTime atOrBeforeUtc)
    {
        var localDate = DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(Utc(atOrBeforeUtc), zone));
        var date = localDate.AddDays(-(((int)localDate.DayOfWeek - (int)weekday + 7) % 7));
        while (true)
        {
            var occurrence = ToUtc(date, time, zone);
            if (occurrence <= atOrBeforeUtc)
            {
                return occurrence;
            }
            date = date.AddDays(-7);
        }
    }

    public static DateTime PostAt(DateTime occurrenceUtc, TimeSpan lead) => occurrenceUtc - lead;

    /// <summary>
    /// The occurrence whose agenda should be posted now, if any: the latest one whose posting time has come, unless it
    /// was already posted or its posting time precedes <paramref name="scheduleFromUtc"/> (the review did not exist
    /// yet). Older missed occurrences are not returned: only the latest one is worth posting, late.
    /// </summary>
    public static DueOccurrence? Due(AgendaScheduleSpec spec, DateTime? lastPostedOccurrenceUtc, DateTime nowUtc)
    {
        var occurrence = PreviousOccurrence(spec.Weekday, spec.MeetingTime, spec.Zone, nowUtc + spec.Lead);
        var postAt = PostAt(occurrence, spec.Lead);
        if (postAt < spec.ScheduleFromUtc || (lastPostedOccurrenceUtc is { } last && last >= occurrence))
        {
            return null;
        }
        return new DueOccurrence(occurrence, postAt, nowUtc - postAt > LateAfter);
    }

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
