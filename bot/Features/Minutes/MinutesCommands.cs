using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Cards.Help;
using CxReviewBot.Cards.Notice;
using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Minutes;

/// <summary>`minutes`: the minutes of this review's latest ended meeting, on demand (members only).</summary>
internal sealed class MinutesCommands(CxDbContext db, TimeProvider time, MinutesComposer composer)
{
    public const string PersonalTitle = "Minutes belong to a review";
    public const string NoReviewTitle = "No review is set up in this conversation";
    public const string NotAllowedTitle = "Only members of this review can see its minutes";
    public const string NoMeetingTitle = "No meeting has ended since this review was set up";

    public async Task ShowAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        var review = await ReviewLookup.ForConversationAsync(db, turn.ConversationId, cancellationToken);
        if (review is null)
        {
            await NoticeAsync(turn, new NoticeView(NoticeKind.Info, turn.ConversationType == "personal" ? PersonalTitle : NoReviewTitle)
            {
                Message = turn.ConversationType == "personal"
                    ? "Type 'minutes' in the channel or chat where the review meets; here, 'decisions' lists the decisions of your reviews."
                    : "A CX lead can type 'setup' to set one up here.",
            }, cancellationToken);
            return;
        }
        if (await ReviewAccess.RefusalAsync(turn, db, review, CommandRole.ReviewMember, "see its minutes", cancellationToken) is { } refusal)
        {
            await NoticeAsync(turn, new NoticeView(NoticeKind.Warning, NotAllowedTitle) { Message = refusal }, cancellationToken);
            return;
        }
        var now = time.GetUtcNow().UtcDateTime;
        var occurrence = MinutesComposer.LastEnded(review, now);
        if (occurrence + MinutesComposer.Duration(review) < review.CreatedAtUtc)
        {
            await NoticeAsync(turn, new NoticeView(NoticeKind.Info, NoMeetingTitle)
            {
                Message = $"The first minutes come after the next meeting ends ({ReviewClock.MeetingText(review)}).",
            }, cancellationToken);
            return;
        }
        var view = await composer.ComposeAsync(review, occurrence, cancellationToken);
        await turn.SendCardAsync(CardSerializer.ToJsonNode(MinutesCard.Build(view)), MinutesPoster.Summary, cancellationToken);
    }

    private static Task NoticeAsync(TurnContext turn, NoticeView notice, CancellationToken cancellationToken) =>
        turn.SendCardAsync(CardSerializer.ToJsonNode(NoticeCard.Build(notice)), notice.Title, cancellationToken);
}
