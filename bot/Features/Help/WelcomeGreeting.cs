using CxReviewBot.Cards;
using CxReviewBot.Cards.Welcome;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Help;

/// <summary>The card posted once when the app is added to a personal chat, a group chat or a channel.</summary>
internal static class WelcomeGreeting
{
    public static async Task SendAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var view = new WelcomeView(ScopeOf(turn.ConversationType))
        {
            UserName = turn.ConversationType == "personal" ? FirstName(turn.User.Name) : null,
            ConversationName = turn.Activity.Conversation?.Name,
        };
        await turn.SendCardAsync(CardSerializer.ToJsonNode(WelcomeCard.Build(view)), "Welcome to CX Review Bot", cancellationToken);
    }

    public static InstallScope ScopeOf(string conversationType) => conversationType switch
    {
        "channel" => InstallScope.Channel,
        "groupChat" => InstallScope.GroupChat,
        _ => InstallScope.Personal,
    };

    private static string? FirstName(string? name) =>
        string.IsNullOrWhiteSpace(name) ? null : name.Trim().Split(' ', 2)[0];
}
