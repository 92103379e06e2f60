using CxReviewBot.Cards;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Help;

/// <summary>Every command is also a button: <c>command.run</c> with the command's name runs it as if typed.</summary>
internal static class CommandButtons
{
    public static async Task<InvokeResponseBody> RunAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var name = action.GetString(CardDataKeys.Command);
        var routes = turn.Services.GetRequiredService<BotRoutes>();
        if (string.IsNullOrWhiteSpace(name) || routes.FindCommand(name) is not { } handler)
        {
            return InvokeResult.BadRequest($"'{name}' is not a command I know. Type 'help' for the list.");
        }
        await handler(turn, "", cancellationToken);
        return InvokeResult.Message($"Done: {name}");
    }
}
