using CxReviewBot.Cards;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Help;

/// <summary>Every command is also a button: <c>command.run</c> with the command's name runs it as if typed.</summary>
internal sealed class CommandButtons(ActivityRouter router)
{
    public async Task<InvokeResponseBody> RunAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        var name = action.GetString(CardDataKeys.Command);
        if (string.IsNullOrWhiteSpace(name) || !await router.RunCommandAsync(turn, name, "", cancellationToken))
        {
            return InvokeResult.BadRequest($"'{name}' is not a command I know. Type 'help' for the list.");
        }
        return InvokeResult.Message($"Done: {name}");
    }
}
