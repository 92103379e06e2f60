using System.Globalization;
using System.Text.Json.Nodes;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Features.Setup;
using CxReviewBot.Outbox;
using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Features.Agenda;

/// <summary>Turns a review into its agenda card and hands it to the outbox (in the caller's unit of work).</summary>
internal sealed class AgendaPoster(AgendaComposer composer, OutboxWriter outbox, TimeProvider time)
{
    public const string Summary = "Agenda for the weekly review";

    public async Task<JsonNode> BuildCardAsync(Review? review, DateOnly? asOf, int page, CancellationToken cancellationToken)
    {
        var view = await composer.ComposeAsync(review, asOf ?? AgendaComposer.Today(review, time), page, cancellationToken);
        return CardSerializer.ToJsonNode(AgendaCard.Build(view));
    }

    /// <returns>False when a message with this key was already enqueued.</returns>
    public async Task<bool> EnqueuePostAsync(Review review, string outboxKey, string? note, DateOnly? asOf, CancellationToken cancellationToken)
    {
        var card = await BuildCardAsync(review, asOf, 1, cancellationToken);
        var activity = Activity.MessageWithCard(card, Summary);
        if (note is not null)
        {
            activity.Text = note;
            activity.TextFormat = "plain";
        }
        return await outbox.EnqueueAsync(new OutboxRequest(outboxKey, OutboxOperation.Send, review.ServiceUrl, activity, review.ConversationId), cancellationToken);
    }

    /// <summary>The note on an agenda that goes out after its posting time (the bot was down or busy).</summary>
    public static string LateNote(Review review, DateTime postAtUtc)
    {
        var local = TimeZoneInfo.ConvertTimeFromUtc(postAtUtc, review.Zone);
        return string.Create(CultureInfo.InvariantCulture,
            $"Posted late: this agenda was due {local:ddd d MMM HH:mm} ({review.TimeZoneId}) but the bot could not post it then.");
    }
}
