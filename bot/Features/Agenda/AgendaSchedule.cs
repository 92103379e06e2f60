using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Agenda;

/// <summary>When a weekly review's agenda is due, as pure functions of the review's clock (<see cref="ReviewClock"/>).</summary>
internal static class AgendaSchedule
{
    /// <summary>How long after its posting time an agenda may go out before it counts as late (and says so).</summary>
    public static readonly TimeSpan LateAfter = TimeSpan.FromMinutes(10);

    public static DateTime PostAt(DateTime occurrenceUtc, TimeSpan lead) => occurrenceUtc - lead;

    /// <summary>
    /// The occurrence whose agenda should be posted now, if any: the latest one whose posting time has come, unless it
    /// was already posted or its posting time precedes the spec's <c>ScheduleFromUtc</c> (the review did not exist
    /// yet). Older missed occurrences are not returned: only the latest one is worth posting, late.
    /// </summary>
    public static DueOccurrence? Due(AgendaScheduleSpec spec, DateTime? lastPostedOccurrenceUtc, DateTime nowUtc)
    {
        var occurrence = ReviewClock.PreviousOccurrence(spec.Weekday, spec.MeetingTime, spec.Zone, nowUtc + spec.Lead);
        var postAt = PostAt(occurrence, spec.Lead);
        if (postAt < spec.ScheduleFromUtc || (lastPostedOccurrenceUtc is { } last && last >= occurrence))
        {
            return null;
        }
        return new DueOccurrence(occurrence, postAt, nowUtc - postAt > LateAfter);
    }
}

/// <summary>A review's weekly schedule as the schedule functions need it.</summary>
internal sealed record AgendaScheduleSpec(DayOfWeek Weekday, TimeOnly MeetingTime, TimeZoneInfo Zone, TimeSpan Lead, DateTime ScheduleFromUtc);

/// <summary>A meeting whose agenda is due: when it meets, when the agenda was due, and whether posting now is late.</summary>
internal sealed record DueOccurrence(DateTime OccurrenceUtc, DateTime PostAtUtc, bool IsLate);
