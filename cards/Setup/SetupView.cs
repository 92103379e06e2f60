namespace CxReviewBot.Cards.Setup;

/// <summary>
/// The setup form's state: the review's current values (or what the user just submitted, when re-showing the form with
/// <see cref="Errors"/>, keyed by <see cref="SetupFields"/> ids), the roster to pick members and CX leads from, and the
/// touchpoints that can be put in scope (none chosen = all). <see cref="ReviewId"/> is null for a new review.
/// <see cref="UsePeoplePicker"/> adds Teams' conversation-member search (<c>choices.data</c>) to the member pickers;
/// it is a Teams extension that generic Adaptive Card renderers reject, hence off by default.
/// </summary>
public sealed record SetupView
{
    public string? ReviewId { get; init; }

    public string? ReviewName { get; init; }

    public DayOfWeek? Weekday { get; init; }

    public TimeOnly? MeetingTime { get; init; }

    /// <summary>How long the meeting lasts; a double so a rejected "90.5" is shown as typed.</summary>
    public double? MeetingMinutes { get; init; }

    /// <summary>An IANA time zone id such as <c>Europe/Berlin</c>.</summary>
    public string? TimeZone { get; init; }

    public double? LeadTimeHours { get; init; }

    public IReadOnlyList<RosterPerson> Roster { get; init; } = [];

    public IReadOnlyList<string> MemberIds { get; init; } = [];

    public IReadOnlyList<string> CxLeadIds { get; init; } = [];

    public IReadOnlyList<string> TouchpointOptions { get; init; } = [];

    public IReadOnlyList<string> TouchpointsInScope { get; init; } = [];

    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    public bool UsePeoplePicker { get; init; }

    /// <summary>Graph is configured: the form offers linking a Planner plan (an existing plan id, or a new plan in a group).</summary>
    public bool PlannerAvailable { get; init; }

    public string? PlannerPlanId { get; init; }

    public string? PlannerGroupId { get; init; }
    /// <summary>A note for whoever fills the form (e.g. that the member list is not the full roster), shown under the title.</summary>
    public string? Notice { get; init; }
}
