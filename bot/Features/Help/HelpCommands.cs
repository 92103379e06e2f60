using CxReviewBot.Cards;
using CxReviewBot.Cards.Help;
using CxReviewBot.Data;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;

namespace CxReviewBot.Features.Help;

internal sealed class HelpCommands(CxDbContext db, BotRoutes routes)
{
    public Task ShowHelpAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) =>
        SendAsync(turn, unknownText: null, cancellationToken);

    /// <summary>Text no command matched gets the help card with the text quoted back — never silence.</summary>
    public Task ShowHelpForUnknownTextAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        SendAsync(turn, string.IsNullOrWhiteSpace(text) ? null : text, cancellationToken);

    /// <summary>The commands this deployment really answers, in catalogue order.</summary>
    public static HelpView ViewFor(BotRoutes routes, string? unknownText) => new()
    {
        Commands = CommandCatalog.All.Where(c => routes.FindCommand(c.Name) is not null).ToList(),
        UnknownText = unknownText,
    };

    /// <summary>The user's roles in this conversation's review, in words, for the help card.</summary>
    public async Task<string> RolesTextAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var owned = await ReviewAccess.OwnedTouchpointsAsync(db, turn.User, cancellationToken);
        var review = await ReviewLookup.ForConversationAsync(db, turn.ConversationId, cancellationToken);
        if (review is null)
        {
            var where = turn.ConversationType == "personal"
                ? "This is a 1:1 chat: review commands work where the review meets; here 'decisions' lists the decisions of your reviews."
                : "No review is set up in this conversation yet: a CX lead can type 'setup'.";
            return owned.Count == 0 ? where : $"{where} You own {string.Join(", ", owned.Take(5))}.";
        }
        var roles = ReviewAccess.Describe(await ReviewAccess.RolesAsync(db, review.Id, turn.User, cancellationToken), owned);
        return roles.Length == 0
            ? $"You hold no role in the review '{review.Name}', so commands for its members are refused here. {ReviewAccess.WhoToAsk(review)}"
            : $"Your roles in the review '{review.Name}': {roles}.";
    }

    private async Task SendAsync(TurnContext turn, string? unknownText, CancellationToken cancellationToken)
    {
        var card = HelpCard.Build(ViewFor(routes, unknownText) with { YourRoles = await RolesTextAsync(turn, cancellationToken) });
        await turn.SendCardAsync(CardSerializer.ToJsonNode(card), "What CX Review Bot can do", cancellationToken);
    }
}
