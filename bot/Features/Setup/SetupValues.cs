namespace CxReviewBot.Features.Setup;

/// <summary>A set-up form that passed validation.</summary>
internal sealed record SetupValues(
    string Name, DayOfWeek Weekday, TimeOnly MeetingTime, int MeetingMinutes, string TimeZoneId, int LeadTimeHours,
    IReadOnlyList<string> Members, IReadOnlyList<string> CxLeads, IReadOnlyList<string> Touchpoints);
