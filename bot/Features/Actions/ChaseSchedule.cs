using CxReviewBot.People;
namespace CxReviewBot.Features.Actions;

/// <summary>
/// When to chase an action item next (product.md: reminder before due, nudge when overdue, escalation to the manager after
/// a grace period, all in the recipient's working hours). Pure: all state comes in, nothing is stored.
/// </summary>
/// <remarks>
/// Reminder: once, at the opening of the working day <c>ReminderWorkingDaysBefore</c> before the due date (sent late if
/// missed, but never once overdue or after a nudge). Nudge: the first working day after the due date, then every
/// <c>NudgeEveryWorkingDays</c> after the last nudge's local date. Escalation: once, <c>EscalateAfterWorkingDays</c>
/// after the first overdue working day, in the manager's hours. Snooze postpones everything; done stops everything.
/// Ties go to the escalation, then the nudge.
/// </remarks>
internal static class ChaseSchedule
{
    public static ChaseScheduleSend? Next(ChaseScheduleInput input, DateTimeOffset nowUtc, ChaseScheduleRules rules)
    {
        if (input.IsDone)
        {
            return null;
        }

        var owner = input.OwnerHours;
        var quiet = input.QuietDays;
        var earliest = input.SnoozedUntilUtc > nowUtc ? input.SnoozedUntilUtc.Value : nowUtc;
        var firstOverdueDay = owner.AddWorkingDays(input.DueDate, 1, quiet);
        var overdueFrom = owner.MidnightUtc(input.DueDate.AddDays(1));

        var candidates = new List<ChaseScheduleSend>(3);
        if (input.LastReminderUtc is null && input.LastNudgeUtc is null)
        {
            var at = owner.NextWorkingMoment(Later(owner.OpeningUtc(ReminderDay(input, rules)), earliest), quiet);
            if (at < overdueFrom)
            {
                candidates.Add(new ChaseScheduleSend(ChaseScheduleKind.Reminder, at));
            }
        }

        var nudgeDay = input.LastNudgeUtc is { } lastNudge
            ? owner.AddWorkingDays(owner.LocalDate(lastNudge), Math.Max(1, rules.NudgeEveryWorkingDays), quiet)
            : firstOverdueDay;
        candidates.Add(new ChaseScheduleSend(ChaseScheduleKind.Nudge, owner.NextWorkingMoment(Later(owner.OpeningUtc(nudgeDay), earliest), quiet)));

        if (input.EscalatedUtc is null && rules.EscalateAfterWorkingDays >= 0)
        {
            var escalationDay = owner.AddWorkingDays(firstOverdueDay, rules.EscalateAfterWorkingDays, quiet);
            var manager = input.ManagerHours ?? owner;
            var at = manager.NextWorkingMoment(Later(owner.OpeningUtc(escalationDay), earliest), quiet);
            candidates.Add(new ChaseScheduleSend(ChaseScheduleKind.ManagerEscalation, at));
        }

        return candidates.OrderBy(c => c.AtUtc).ThenByDescending(c => c.Kind).First();
    }

    private static DateOnly ReminderDay(ChaseScheduleInput input, ChaseScheduleRules rules)
    {
        var hours = input.OwnerHours;
        return rules.ReminderWorkingDaysBefore > 0
            ? hours.AddWorkingDays(input.DueDate, -rules.ReminderWorkingDaysBefore, input.QuietDays)
            : hours.IsWorkingDay(input.DueDate, input.QuietDays) ? input.DueDate : hours.AddWorkingDays(input.DueDate, -1, input.QuietDays);
    }

    private static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}

/// <summary>What the chaser knows about one action item.</summary>
/// <param name="DueDate">The due date as a calendar date in the owner's zone; overdue from the next local midnight.</param>
/// <param name="ManagerHours">The manager's hours for escalations; null = the owner's.</param>
/// <param name="QuietDays">Dates (compared with the recipient's local date) on which nothing is sent, e.g. holidays.</param>
internal sealed record ChaseScheduleInput(
    DateOnly DueDate,
    WorkingHours OwnerHours,
    IReadOnlySet<DateOnly> QuietDays,
    bool IsDone = false,
    DateTimeOffset? LastReminderUtc = null,
    DateTimeOffset? LastNudgeUtc = null,
    DateTimeOffset? EscalatedUtc = null,
    DateTimeOffset? SnoozedUntilUtc = null,
    WorkingHours? ManagerHours = null);

/// <summary>Chaser cadence, all in the owner's working days.</summary>
/// <param name="ReminderWorkingDaysBefore">Remind this many working days before the due date (0 = on the due date).</param>
/// <param name="NudgeEveryWorkingDays">Once overdue, nudge on the first working day after the due date, then every this many working days.</param>
/// <param name="EscalateAfterWorkingDays">Escalate to the manager this many working days after the first overdue working day (once).</param>
internal sealed record ChaseScheduleRules(int ReminderWorkingDaysBefore = 1, int NudgeEveryWorkingDays = 2, int EscalateAfterWorkingDays = 3)
{
    public static ChaseScheduleRules Default { get; } = new();
}

/// <summary>The next chaser message to send and when (UTC, inside the recipient's working hours).</summary>
internal sealed record ChaseScheduleSend(ChaseScheduleKind Kind, DateTimeOffset AtUtc);

internal enum ChaseScheduleKind
{
    Reminder,
    Nudge,
    ManagerEscalation,
}
