using CxReviewBot.Cards;
using CxReviewBot.Cards.Actions;
using CxReviewBot.Data;
using CxReviewBot.Data.Conversations;
using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Actions;

/// <summary>Queues an action's card to someone's 1:1 chat through the outbox (committed by the caller's SaveChanges).</summary>
internal sealed class ActionNotices(CxDbContext db, OutboxWriter outbox, IEnumerable<IActionOrigin> origins)
{
    /// <summary>The outbox key of the notice to a new owner: one per version of the action that gave it to them.</summary>
    public static string AssignedKey(long actionId, int version) => $"action:{actionId}:assigned:{version}";

    /// <returns>False when no service URL is known for the recipient (nothing queued).</returns>
    public async Task<bool> QueueAsync(ActionItem item, Review? review, string recipientTeamsUserId, string key, string banner, bool showButtons,
        DateTimeOffset nowUtc, CancellationToken cancellationToken)
    {
        var serviceUrl = review?.ServiceUrl
            ?? await db.Set<KnownUser>().Where(u => u.TeamsUserId == recipientTeamsUserId).Select(u => u.ServiceUrl).FirstOrDefaultAsync(cancellationToken);
        if (string.IsNullOrEmpty(serviceUrl))
        {
            return false;
        }

        var view = await ActionViews.ForAsync(db, origins, item, review, nowUtc, cancellationToken) with { Banner = banner, ShowButtons = showButtons };
        var activity = Activity.MessageWithCard(CardSerializer.ToJsonNode(ActionCard.Build(view)), $"{banner} {CardText.Snippet(item.Title, 80)}");
        await outbox.EnqueueAsync(new OutboxRequest(key, OutboxOperation.SendPersonal, serviceUrl, activity, RecipientTeamsUserId: recipientTeamsUserId), cancellationToken);
        return true;
    }
}
