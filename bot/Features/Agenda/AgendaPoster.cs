using System.Globalization;
using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Data;
using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Agenda;

/// <summary>
/// Turns a review into its agenda card and hands it to the outbox (in the caller's unit of work). A note (posted
/// late, no review here) goes on the card itself, where everyone sees it, and into the message text.
/// </summary>
internal sealed class AgendaPoster(AgendaComposer composer, OutboxWriter outbox, TimeProvider time, CxDbContext db)
{
    public const string Summary = "Agenda for the weekly review";

    public Task<JsonNode> BuildCardAsync(Review? review, DateOnly? asOf, int page, CancellationToken cancellationToken) =>
        BuildCardAsync(review, asOf, page, null, null, cancellationToken);

    /// <param name="occurrence">The scheduled meeting the card is for (<see cref="OccurrenceToken"/>), or null.</param>
    /// <param name="notice">The note shown under the card's title, or null.</param>
    public async Task<JsonNode> BuildCardAsync(Review? review, DateOnly? asOf, int page, string? occurrence, string? notice, CancellationToken cancellationToken)
    {
        var view = await composer.ComposeAsync(review, asOf ?? ReviewClock.Today(review, time), page, cancellationToken);
        return CardSerializer.ToJsonNode(AgendaCard.Build(view with { Occurrence = occurrence, Notice = notice }));
    }

    /// <param name="occurrence">The scheduled meeting the post is for (<see cref="OccurrenceToken"/>); null for `agenda`.</param>
    /// <returns>False when a message with this key was already enqueued.</returns>
    public async Task<bool> EnqueuePostAsync(Review review, string outboxKey, string? occurrence, string? note, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var card = await BuildCardAsync(review, asOf, 1, occurrence, note, cancellationToken);
        var activity = Activity.MessageWithCard(card, Summary);
        if (note is not null)
        {
            activity.Text = note;
            activity.TextFormat = "plain";
        }
        return await outbox.EnqueueAsync(new OutboxRequest(outboxKey, OutboxOperation.Send, review.ServiceUrl, activity, review.ConversationId), cancellationToken);
    }

    /// <summary>How a card names its scheduled meeting in its refresh and paging data.</summary>
    public static string OccurrenceToken(DateTime occurrenceUtc) =>
        occurrenceUtc.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>
    /// The note a card posted for <paramref name="occurrence"/> carried, found again from the claimed occurrence (the
    /// token comes back from the client, so it only selects a row; the words are ours).
    /// </summary>
    public async Task<string?> NoticeForAsync(Review review, string? occurrence, CancellationToken cancellationToken)
    {
        if (!DateTime.TryParseExact(occurrence, "yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var occurrenceUtc))
        {
            return null;
        }
        var claimed = await db.Set<AgendaOccurrence>().AsNoTracking()
            .SingleOrDefaultAsync(o => o.ReviewId == review.Id && o.OccurrenceUtc == occurrenceUtc, cancellationToken);
        return claimed is null ? null : NoticeOf(review, claimed);
    }

    public static string? NoticeOf(Review review, AgendaOccurrence occurrence) =>
        occurrence.PostedLate ? LateNote(review, occurrence.PostAtUtc) : null;

    /// <summary>The note on an agenda that goes out after its posting time (the bot was down or busy).</summary>
    public static string LateNote(Review review, DateTime postAtUtc)
    {
        var local = ReviewClock.LocalTime(review, postAtUtc);
        return string.Create(CultureInfo.InvariantCulture,
            $"Posted late: this agenda was due {local:ddd d MMM HH:mm} ({review.TimeZoneId}) but the bot could not post it then.");
    }
}
