using CxReviewBot.Cards;
using CxReviewBot.Cards.Help;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Help;

internal static class HelpCommands
{
    public static Task ShowHelpAsync(TurnContext turn, string arguments, CancellationToken cancellationToken) =>
        SendAsync(turn, unknownText: null, cancellationToken);

    /// <summary>Text no command matched gets the help card with the text quoted back — never silence.</summary>
    public static Task ShowHelpForUnknownTextAsync(TurnContext turn, string text, CancellationToken cancellationToken) =>
        SendAsync(turn, string.IsNullOrWhiteSpace(text) ? null : text, cancellationToken);

    /// <summary>The commands this deployment really answers, in catalogue order.</summary>
    public static HelpView ViewFor(BotRoutes routes, string? unknownText) => new()
    {
        Commands = CommandCatalog.All.Where(c => routes.FindCommand(c.Name) is not null).ToList(),
        UnknownText = unknownText,
    };

    private static async Task SendAsync(TurnContext turn, string? unknownText, CancellationToken cancellationToken)
    {
        var routes = turn.Services.GetRequiredService<BotRoutes>();
        var card = HelpCard.Build(ViewFor(routes, unknownText));
        await turn.SendCardAsync(CardSerializer.ToJsonNode(card), "What CX Review Bot can do", cancellationToken);
    }
}
