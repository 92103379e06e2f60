namespace CxReviewBot.Features.Actions;

/// <summary>What the chaser knows about one action item.</summary>
/// <param name="DueDate">The due date as a calendar date in the owner's zone; overdue from the next local midnight.</param>
/// <param name="ManagerHours">The manager's hours for escalations; null = the owner's.</param>
/// <param name="QuietDays">Dates (compared with the recipient's local date) on which nothing is sent, e.g. holidays.</param>
internal sealed record ChaseScheduleInput(
    DateOnly DueDate,
    ChaseScheduleHours OwnerHours,
    IReadOnlySet<DateOnly> QuietDays,
    bool IsDone = false,
    DateTimeOffset? LastReminderUtc = null,
    DateTimeOffset? LastNudgeUtc = null,
    DateTimeOffset? EscalatedUtc = null,
    DateTimeOffset? SnoozedUntilUtc = null,
    ChaseScheduleHours? ManagerHours = null);
