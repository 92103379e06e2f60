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
/// the outbox message commit together; the unique (review, occurrence) index makes a second claim insert nothing.
/// </summary>
internal sealed class MinutesPoster(CxDbContext db, MinutesComposer composer, OutboxWriter outbox, OutboxSignal signal, ILogger<MinutesPoster> logger)
{
    public const string Summary = "Minutes of the weekly review";

    /// <returns>The claimed meeting start, or null when nothing was due or another instance claimed it.</returns>
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
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (!await db.TryInsertAsync(new MinutesOccurrence { ReviewId = review.Id, OccurrenceUtc = occurrence, ClaimedAtUtc = nowUtc, ClaimedBy = instance, OutboxKey = key }, cancellationToken))
            {
                MinutesLog.MinutesAlreadyClaimed(logger, review.Id, occurrence);
                return null;
            }
            var card = MinutesCard.Build(await composer.ComposeAsync(review, occurrence, cancellationToken));
            var activity = Activity.MessageWithCard(CardSerializer.ToJsonNode(card), Summary);
            await outbox.EnqueueAsync(new OutboxRequest(key, OutboxOperation.Send, review.ServiceUrl, activity, review.ConversationId), cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        signal.Notify();
        return occurrence;
    }
}
