using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Planner;

/// <summary>
/// An action's due date is a day in the review's time zone; Planner stores an instant. Noon local time keeps the day
/// the same for everyone within ±11 hours of the review when Planner shows it in their own zone.
/// </summary>
internal static class PlannerDates
{
    private static readonly TimeOnly Noon = new(12, 0);

    public static DateTimeOffset ToPlanner(DateOnly due, TimeZoneInfo zone) =>
        new(TimeZoneInfo.ConvertTimeToUtc(due.ToDateTime(Noon, DateTimeKind.Unspecified), zone), TimeSpan.Zero);

    public static DateOnly? FromPlanner(DateTimeOffset? due, TimeZoneInfo zone) =>
        due is null ? null : ReviewClock.DateIn(zone, due.Value.UtcDateTime);
}
