namespace CxReviewBot.Features.Actions;

internal enum ChaseScheduleKind
{
    Reminder,
    Nudge,
    ManagerEscalation,
}
