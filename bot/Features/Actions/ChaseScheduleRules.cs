namespace CxReviewBot.Features.Actions;

/// <summary>Chaser cadence, all in the owner's working days.</summary>
/// <param name="ReminderWorkingDaysBefore">Remind this many working days before the due date (0 = on the due date).</param>
/// <param name="NudgeEveryWorkingDays">Once overdue, nudge on the first working day after the due date, then every this many working days.</param>
/// <param name="EscalateAfterWorkingDays">Escalate to the manager this many working days after the first overdue working day (once).</param>
internal sealed record ChaseScheduleRules(int ReminderWorkingDaysBefore = 1, int NudgeEveryWorkingDays = 2, int EscalateAfterWorkingDays = 3)
{
    public static ChaseScheduleRules Default { get; } = new();
}
