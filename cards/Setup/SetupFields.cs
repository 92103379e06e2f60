namespace CxReviewBot.Cards.Setup;

/// <summary>
/// Input ids of the setup form: the keys of the values the <see cref="CardVerbs.SetupSave"/> action sends, and the keys
/// of <see cref="SetupView.Errors"/>. Multi-select values arrive comma-separated.
/// </summary>
public static class SetupFields
{
    public const string ReviewName = "reviewName";
    public const string Weekday = "weekday";
    public const string MeetingTime = "meetingTime";
    public const string MeetingMinutes = "meetingMinutes";
    public const string TimeZone = "timeZone";
    public const string LeadTimeHours = "leadTimeHours";
    public const string Members = "members";
    public const string CxLeads = "cxLeads";
    public const string Touchpoints = "touchpoints";
    public const string PlannerPlan = "plannerPlan";
    public const string PlannerGroup = "plannerGroup";

    /// <summary>Every input id above but the Planner ones, in form order.</summary>
    public static IReadOnlyList<string> All { get; } = [ReviewName, Weekday, MeetingTime, MeetingMinutes, TimeZone, LeadTimeHours, Members, CxLeads, Touchpoints];

    /// <summary>The Planner inputs, shown only when Graph is configured; checked against Graph, not by the form's rules.</summary>
    public static IReadOnlyList<string> Planner { get; } = [PlannerPlan, PlannerGroup];

    public const int MinLeadTimeHours = 1;
    public const int MaxLeadTimeHours = 168;

    /// <summary>Meeting length bounds, in minutes; the minutes of a meeting are posted once it has run this long.</summary>
    public const int MinMeetingMinutes = 15;
    public const int MaxMeetingMinutes = 480;
    public const int DefaultMeetingMinutes = 60;
}
