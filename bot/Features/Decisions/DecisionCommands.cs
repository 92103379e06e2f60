using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Cards.Help;
using CxReviewBot.Cards.Notice;
using CxReviewBot.Data;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Decisions;

/// <summary>`decide [text]` shows the decision form in the review's conversation (the text, if given, pre-filled).</summary>
internal sealed class DecisionCommands(CxDbContext db)
{
    public const string PersonalChatTitle = "Decisions are recorded where the review meets";
    public const string NoReviewTitle = "No review is set up in this conversation";
    public const string NotMemberTitle = "Only members of this review can record its decisions";

    public async Task DecideAsync(TurnContext turn, string arguments, CancellationToken cancellationToken)
    {
        if (turn.ConversationType == "personal")
        {
            await NoticeAsync(turn, new NoticeView(NoticeKind.Info, PersonalChatTitle)
            {
                Message = "Type 'decide' in the review's channel or chat, or use \"Record decision\" on its agenda.",
            }, cancellationToken);
            return;
        }
        if (await ReviewLookup.ForConversationAsync(db, turn.ConversationId, cancellationToken) is not { } review)
        {
            await NoticeAsync(turn, new NoticeView(NoticeKind.Info, NoReviewTitle) { Message = "Decisions belong to a review. Type 'setup' to set one up here first." }, cancellationToken);
            return;
        }
        if (!ReviewAccess.Allows(CommandRole.ReviewMember, await ReviewAccess.RolesAsync(db, review.Id, turn.User, cancellationToken)))
        {
            await NoticeAsync(turn, new NoticeView(NoticeKind.Warning, NotMemberTitle) { Message = DecisionEditVerbs.NotMemberMessage(review) }, cancellationToken);
            return;
        }
        var choices = await DecisionChoices.LoadAsync(db, review, cancellationToken);
        var text = string.IsNullOrWhiteSpace(arguments) ? null : arguments.Trim();
        var view = DecisionFormViews.New(review, choices, DecisionFields.FromCommand, null, text);
        await turn.SendCardAsync(CardSerializer.ToJsonNode(DecisionFormCard.Build(view)), DecisionFormCard.NewTitle, cancellationToken);
    }

    private static Task NoticeAsync(TurnContext turn, NoticeView view, CancellationToken cancellationToken) =>
        turn.SendCardAsync(CardSerializer.ToJsonNode(NoticeCard.Build(view)), view.Title, cancellationToken);
}
