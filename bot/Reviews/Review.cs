using CxReviewBot.Data;
namespace CxReviewBot.Reviews;

/// <summary>A standing weekly review bound to one Teams conversation: its schedule, scope and members.</summary>
internal sealed class Review : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public string Name { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string ConversationType { get; set; } = "";
    public DayOfWeek Weekday { get; set; }
    public TimeOnly MeetingTime { get; set; }

    /// <summary>IANA id, e.g. <c>Europe/Berlin</c>.</summary>
    public string TimeZoneId { get; set; } = "UTC";
    public int LeadTimeHours { get; set; } = 24;

    /// <summary>How long the meeting lasts; its minutes are posted once this has passed after the start.</summary>
    public int MeetingMinutes { get; set; } = 60;

    /// <summary>Touchpoint names on the agenda; empty means all.</summary>
    public List<string> TouchpointScope { get; set; } = [];
    public string CreatedBy { get; set; } = "";
    public DateTime CreatedAtUtc { get; set; }
    public DateTime UpdatedAtUtc { get; set; }

    /// <summary>Occurrences whose agenda was due before this (creation or last schedule change) are never posted.</summary>
    public DateTime ScheduleFromUtc { get; set; }
    public List<ReviewMember> Members { get; set; } = [];

    public TimeZoneInfo Zone => TimeZoneInfo.FindSystemTimeZoneById(TimeZoneId);
}
