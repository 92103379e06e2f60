using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Data;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Minutes;

/// <summary>
/// Claims and enqueues the minutes of a review's latest ended meeting, if due: the bot posted that meeting's agenda
/// (an <see cref="AgendaOccurrence"/> exists) and no minutes were claimed for it or a later meeting. The claim row and
/// the outbox message commit together; the unique (review, occurrence) index turns a second claim into a failure.
/// </summary>
internal sealed class MinutesPoster(CxDbContext db, MinutesComposer composer, OutboxWriter outbox)
{
    public const string Summary = "Minutes of the weekly review";

    /// <returns>The claimed meeting start, or null when nothing was due.</returns>
    public async Task<DateTime?> TryClaimAsync(Review review, DateTime nowUtc, string instance, CancellationToken cancellationToken)
    {
        var occurrence = MinutesComposer.LastEnded(review, nowUtc);
        var agendaPosted = await db.Set<AgendaOccurrence>().AnyAsync(o => o.ReviewId == review.Id && o.OccurrenceUtc == occurrence, cancellationToken);
        var claimed = await db.Set<MinutesOccurrence>().AnyAsync(o => o.ReviewId == review.Id && o.OccurrenceUtc >= occurrence, cancellationToken);
        if (!agendaPosted || claimed)
        {
            return null;
        }
        var key = MinutesOccurrence.OutboxKeyFor(review.Id, occurrence);
        db.Add(new MinutesOccurrence { ReviewId = review.Id, OccurrenceUtc = occurrence, ClaimedAtUtc = nowUtc, ClaimedBy = instance, OutboxKey = key });
        var card = MinutesCard.Build(await composer.ComposeAsync(review, occurrence, cancellationToken));
        var activity = Activity.MessageWithCard(CardSerializer.ToJsonNode(card), Summary);
        await outbox.EnqueueAsync(new OutboxRequest(key, OutboxOperation.Send, review.ServiceUrl, activity, review.ConversationId), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return occurrence;
    }
}
