using System.Globalization;
using CxReviewBot.Cards.Actions;
using CxReviewBot.Data;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Actions;

/// <summary>An action item, its review and its history as the action card shows them; dates in the review's zone.</summary>
internal static class ActionViews
{
    public static async Task<ActionCardView> ForAsync(CxDbContext db, IEnumerable<IActionOrigin> origins, ActionItem item, Review? review, DateTimeOffset nowUtc,
        CancellationToken cancellationToken)
    {
        var zone = review?.Zone ?? TimeZoneInfo.Utc;
        var events = await db.Set<ActionEvent>().AsNoTracking().Where(e => e.ActionItemId == item.Id)
            .OrderByDescending(e => e.AtUtc).ThenByDescending(e => e.Id).Take(ActionCardView.MaxHistory).ToListAsync(cancellationToken);
        var decision = (await origins.FindAsync(item, cancellationToken))?.Text;
        return new ActionCardView
        {
            ActionId = item.Id.ToString(CultureInfo.InvariantCulture),
            Title = item.Title,
            OwnerName = item.OwnerName,
            DueDate = item.DueDate,
            Today = ReviewClock.DateIn(zone, nowUtc.UtcDateTime),
            State = item.Status switch { ActionItemStatus.Done => ActionCardState.Done, ActionItemStatus.Cancelled => ActionCardState.Cancelled, _ => ActionCardState.Open },
            DecisionText = decision == item.Title ? null : decision,
            ReviewName = review?.Name,
            SnoozedUntil = item.SnoozedUntilUtc is { } until && until > nowUtc.UtcDateTime ? ReviewClock.DateIn(zone, until) : null,
            History = [.. events.Select(e => new ActionHistoryLine(ReviewClock.DateIn(zone, e.AtUtc), What(e.Kind), e.ByName, e.Text))],
            Members = review is null ? [] : [.. review.Members.Select(m => new ActionPerson(m.Name, m.TeamsUserId))],
        };
    }

    private static string What(ActionEventKind kind) => kind switch
    {
        ActionEventKind.Created => "Created",
        ActionEventKind.Reminder => "Reminder sent",
        ActionEventKind.Nudge => "Nudge sent",
        ActionEventKind.ManagerEscalation => "Escalated",
        ActionEventKind.Done => "Marked done",
        ActionEventKind.Reopened => "Reopened",
        ActionEventKind.Snoozed => "Snoozed",
        ActionEventKind.Reassigned => "Reassigned",
        ActionEventKind.Update => "Update",
        ActionEventKind.Cancelled => "Cancelled",
        _ => "Synced with Planner",
    };
}
