using System.Text.Json.Nodes;
using CxReviewBot.Data;
using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Agenda;

/// <summary>
/// Keeps posted agenda cards current for everyone (an invoke's answer only changes the clicker's view): re-composes
/// the review's agenda and enqueues an in-place update of each recently posted agenda message. The updates are
/// committed by the caller's SaveChanges, with the change (e.g. a recorded decision) that made the card stale.
/// </summary>
internal sealed class AgendaRefresher(CxDbContext db, AgendaPoster poster, OutboxWriter outbox)
{
    /// <summary>Only the latest posts are worth updating; older agendas are history.</summary>
    public const int MaxMessages = 3;

    /// <returns>How many updates were enqueued.</returns>
    public async Task<int> UpdatePostedAgendasAsync(long reviewId, CancellationToken cancellationToken)
    {
        var review = await db.Set<Review>().Include(r => r.Members).SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken);
        if (review is null)
        {
            return 0;
        }
        var prefix = $"agenda:{reviewId}:";
        var posted = await db.Set<OutboxMessage>().AsNoTracking()
            .Where(m => m.Operation == OutboxOperation.Send && m.SentActivityId != null && m.IdempotencyKey.StartsWith(prefix))
            .OrderByDescending(m => m.Id)
            .Select(m => new { m.SentActivityId, m.ConversationId, m.ServiceUrl, m.IdempotencyKey })
            .Take(MaxMessages)
            .ToListAsync(cancellationToken);
        if (posted.Count == 0)
        {
            return 0;
        }
        // A scheduled post keeps its meeting (and its "posted late" note) through the update.
        var keys = posted.Select(m => m.IdempotencyKey).ToList();
        var occurrences = await db.Set<AgendaOccurrence>().AsNoTracking().Where(o => keys.Contains(o.OutboxKey))
            .ToDictionaryAsync(o => o.OutboxKey, StringComparer.Ordinal, cancellationToken);
        var cards = new Dictionary<DateTime, JsonNode>();
        foreach (var message in posted)
        {
            var occurrence = occurrences.GetValueOrDefault(message.IdempotencyKey);
            var occurrenceUtc = occurrence?.OccurrenceUtc ?? DateTime.MinValue;
            if (!cards.TryGetValue(occurrenceUtc, out var card))
            {
                cards[occurrenceUtc] = card = occurrence is null
                    ? await poster.BuildCardAsync(review, null, 1, cancellationToken)
                    : await poster.BuildCardAsync(review, null, 1, AgendaPoster.OccurrenceToken(occurrence.OccurrenceUtc),
                        AgendaPoster.NoticeOf(review, occurrence), cancellationToken);
            }
            var activity = Activity.MessageWithCard(card.DeepClone(), AgendaPoster.Summary);
            var key = $"agenda-update:{reviewId}:{message.SentActivityId}:{Guid.NewGuid():N}";
            await outbox.EnqueueAsync(new OutboxRequest(key, OutboxOperation.Update, message.ServiceUrl, activity,
                message.ConversationId, message.SentActivityId), cancellationToken);
        }
        return posted.Count;
    }
}
