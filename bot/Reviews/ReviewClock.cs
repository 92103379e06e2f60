using System.Globalization;

namespace CxReviewBot.Reviews;

/// <summary>
/// The review's clock, as pure functions of wall-clock time in the review's zone: today, the meeting at or before an
/// instant, the next meeting, and how the meeting reads. A meeting time that does not exist on a spring-forward day
/// moves forward by the gap (02:30 becomes 03:30); a time that occurs twice on a fall-back day means its first
/// (earlier) instant.
/// </summary>
internal static class ReviewClock
{
    /// <summary>Today in the review's time zone (UTC without a review): the default as-of date.</summary>
    public static DateOnly Today(Review? review, TimeProvider time) =>
        DateIn(review?.Zone ?? TimeZoneInfo.Utc, time.GetUtcNow().UtcDateTime);

    /// <summary>The calendar date in the review's zone at <paramref name="utc"/>.</summary>
    public static DateOnly DateIn(Review review, DateTime utc) => DateIn(review.Zone, utc);

    public static DateOnly DateIn(TimeZoneInfo zone, DateTime utc) => DateOnly.FromDateTime(LocalTime(zone, utc));

    /// <summary>Wall-clock time in the review's zone at <paramref name="utc"/>.</summary>
    public static DateTime LocalTime(Review review, DateTime utc) => LocalTime(review.Zone, utc);

    private static DateTime LocalTime(TimeZoneInfo zone, DateTime utc) => TimeZoneInfo.ConvertTimeFromUtc(Utc(utc), zone);

    /// <summary>"Monday 09:00 (Europe/Berlin)": when the review meets.</summary>
    public static string MeetingText(Review review) =>
        string.Create(CultureInfo.InvariantCulture, $"{review.Weekday} {review.MeetingTime:HH\\:mm} ({review.TimeZoneId})");

    /// <summary>The review's first meeting strictly after <paramref name="afterUtc"/>.</summary>
    public static DateTime NextMeeting(Review review, DateTime afterUtc) =>
        NextOccurrence(review.Weekday, review.MeetingTime, review.Zone, afterUtc);

    /// <summary>
    /// The next meeting whose agenda (posted <see cref="Review.LeadTimeHours"/> before it) is not yet due at
    /// <paramref name="nowUtc"/>, and that agenda's posting time: the next agenda the review gets.
    /// </summary>
    public static (DateTime MeetingUtc, DateTime AgendaUtc) NextAgenda(Review review, DateTime nowUtc)
    {
        var lead = TimeSpan.FromHours(review.LeadTimeHours);
        var meeting = NextMeeting(review, nowUtc + lead);
        return (meeting, meeting - lead);
    }

    /// <summary>The review's last meeting that started at or before <paramref name="atOrBeforeUtc"/>.</summary>
    public static DateTime LastMeeting(Review review, DateTime atOrBeforeUtc) =>
        PreviousOccurrence(review.Weekday, review.MeetingTime, review.Zone, atOrBeforeUtc);

    /// <summary>The review's last meeting that started before <paramref name="date"/> began in its zone.</summary>
    public static DateTime MeetingBefore(Review review, DateOnly date) =>
        LastMeeting(review, ToUtc(date, TimeOnly.MinValue, review.Zone).AddTicks(-1));

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
        var localDate = DateIn(zone, afterUtc);
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
        var localDate = DateIn(zone, atOrBeforeUtc);
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

    private static DateTime Utc(DateTime value) => DateTime.SpecifyKind(value, DateTimeKind.Utc);
}
