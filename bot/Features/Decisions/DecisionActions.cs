using CxReviewBot.Data;
using CxReviewBot.Features.Actions;

namespace CxReviewBot.Features.Decisions;

/// <summary>A decision as the origin of its action: the action it creates, and what the action shows of it.</summary>
internal sealed class DecisionActions(CxDbContext db) : IActionOrigin
{
    /// <summary>The action that carries out <paramref name="decision"/>: its owner, due date and text as the title.</summary>
    public static ActionItem AddForDecision(CxDbContext db, Decision decision, DateTime nowUtc)
    {
        var item = ActionItems.Add(db, decision.ReviewId, decision.Text, decision.OwnerTeamsUserId, decision.OwnerAadObjectId, decision.OwnerName,
            decision.DueDate, decision.RecordedByName, nowUtc);
        decision.Actions.Add(item);
        return item;
    }

    public async Task<ActionOriginFacts?> FindAsync(ActionItem item, CancellationToken cancellationToken) =>
        item.DecisionId is { } id && await db.Set<Decision>().FindAsync([id], cancellationToken) is { } decision
            ? new ActionOriginFacts(decision.Text, decision.TouchpointId)
            : null;
}
