using System.Globalization;
using CxReviewBot.Cards;
using CxReviewBot.Cards.Help;
using CxReviewBot.Cards.Notice;
using CxReviewBot.Data;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Agenda;

/// <summary>`agenda` posts the agenda now; the card's refresh and paging buttons answer with the current card.</summary>
internal sealed class AgendaCommands(CxDbContext db, AgendaPoster poster)
{
    public const string NotAllowedTitle = "Only members of this review can post or page its agenda";
    public const string NoReviewNote = "No review is set up in this conversation, so this agenda covers all touchpoints. Type 'setup' to set one up.";

    public async Task PostNowAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var review = await ReviewLookup.ForConversationAsync(db, turn.ConversationId, cancellationToken);
        if (review is null)
        {
            var activity = Activity.MessageWithCard(await poster.BuildCardAsync(null, null, 1, null, NoReviewNote, cancellationToken), AgendaPoster.Summary);
            activity.Text = NoReviewNote;
            activity.TextFormat = "plain";
            await turn.SendAsync(activity, cancellationToken);
            return;
        }
        if (await ReviewAccess.RefusalAsync(turn, db, review, CommandRole.ReviewMember, "post its agenda", cancellationToken) is { } refusal)
        {
            var notice = NoticeCard.Build(new NoticeView(NoticeKind.Warning, NotAllowedTitle) { Message = refusal });
            await turn.SendCardAsync(CardSerializer.ToJsonNode(notice), NotAllowedTitle, cancellationToken);
            return;
        }
        // Through the outbox, like the scheduled post, so the refresher can find and update this message later.
        await poster.EnqueuePostAsync(review, $"agenda:{review.Id}:manual:{turn.Activity.Id ?? Guid.NewGuid().ToString("N")}", null, null, null, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
    }

    public async Task<InvokeResponseBody> ShowAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var page = action.GetInt(CardDataKeys.Page) ?? 1;
        Review? review = null;
        if (action.GetString(CardDataKeys.ReviewId) is { Length: > 0 } idText)
        {
            if (!long.TryParse(idText, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                || await db.Set<Review>().Include(r => r.Members).SingleOrDefaultAsync(r => r.Id == id, cancellationToken) is not { } found)
            {
                return InvokeResult.BadRequest("This review no longer exists. Type 'setup' to set one up.");
            }
            if (await ReviewAccess.RefusalAsync(turn, db, found, CommandRole.ReviewMember, "see its agenda", cancellationToken) is { } refusal)
            {
                return InvokeResult.Forbidden(refusal);
            }
            review = found;
        }
        var occurrence = review is null ? null : action.GetString(CardDataKeys.Occurrence);
        var notice = review is null
            ? (await ReviewLookup.ForConversationAsync(db, turn.ConversationId, cancellationToken) is null ? NoReviewNote : null)
            : await poster.NoticeForAsync(review, occurrence, cancellationToken);
        return InvokeResult.Card(await poster.BuildCardAsync(review, null, page, occurrence, notice, cancellationToken));
    }
}
