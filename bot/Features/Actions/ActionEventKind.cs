namespace CxReviewBot.Features.Actions;

internal enum ActionEventKind
{
    Created,
    Reminder,
    Nudge,
    ManagerEscalation,
    Done,
    Reopened,
    Snoozed,
    Reassigned,
    Update,
    Cancelled,
    PlannerSync,
}
