using CxReviewBot.Data.Conversations;
using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Protocol.Routing;

/// <summary>
/// Selects the handler for a validated activity: by type, then by text command or card verb; the handler is made
/// from this turn's services (<paramref name="services"/>, the request scope).
/// </summary>
internal sealed class ActivityRouter(BotRoutes routes, ConversationTracker tracker, IServiceProvider services, ILogger<ActivityRouter> logger)
{
    /// <returns>The invoke answer for invoke activities (null when the invoke is not ours → 501), else null.</returns>
    public async Task<InvokeResponseBody?> RouteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var reference = await tracker.TrackAsync(activity, cancellationToken);

        switch (activity.Type)
        {
            case ActivityTypes.Message:
                await OnMessageAsync(turn, cancellationToken);
                return null;
            case ActivityTypes.Invoke when activity.Name == ActivityTypes.AdaptiveCardActionInvoke:
                var action = CardAction.FromInvoke(activity);
                return action is null
                    ? InvokeResult.BadRequest("The card action has no verb.")
                    : await RunVerbAsync(turn, action, cancellationToken);
            case ActivityTypes.Invoke:
                RoutingLog.UnhandledInvoke(logger, activity.Name);
                return null;
            case ActivityTypes.InstallationUpdate when activity.Action is "add" or "add-upgrade":
            case ActivityTypes.ConversationUpdate when AddsBot(activity):
                if (await tracker.MarkInstalledAsync(reference, activity, cancellationToken) && routes.Installed is { } greet)
                {
                    await greet(services)(turn, cancellationToken);
                }
                return null;
            case ActivityTypes.InstallationUpdate when activity.Action is "remove" or "remove-upgrade":
            case ActivityTypes.ConversationUpdate when RemovesBot(activity):
                await tracker.MarkUninstalledAsync(reference, cancellationToken);
                return null;
            default:
                RoutingLog.Routing(logger, activity.Type, activity.Id, "ignored");
                return null;
        }
    }

    private async Task OnMessageAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        if (CardAction.FromSubmit(turn.Activity) is { } submitted)
        {
            var answer = await RunVerbAsync(turn, submitted, cancellationToken);
            await SubmitAnswer.DeliverAsync(turn, answer, cancellationToken);
            return;
        }
        var command = CommandText.Parse(turn.Activity);
        RoutingLog.Routing(logger, turn.Activity.Type, turn.Activity.Id, $"command '{command.Command}'");
        if (!await RunCommandAsync(turn, command.Command, command.Arguments, cancellationToken) && routes.Fallback is { } fallback)
        {
            await fallback(services)(turn, $"{command.Command} {command.Arguments}".Trim(), cancellationToken);
        }
    }

    /// <summary>Runs the named command as if typed (also for a card's command button); false when there is none.</summary>
    public async Task<bool> RunCommandAsync(TurnContext turn, string name, string arguments, CancellationToken cancellationToken)
    {
        if (routes.FindCommand(name) is not { } handler)
        {
            return false;
        }
        await handler(services)(turn, arguments, cancellationToken);
        return true;
    }

    private async Task<InvokeResponseBody> RunVerbAsync(TurnContext turn, CardAction action, CancellationToken cancellationToken)
    {
        RoutingLog.Routing(logger, turn.Activity.Type, turn.Activity.Id, $"verb '{action.ShownVerb}'");
        if (action.Problem is { } problem)
        {
            RoutingLog.RefusedCardData(logger, action.ShownVerb, problem);
            return InvokeResult.BadRequest(problem);
        }
        var handler = routes.FindVerb(action.Verb);
        if (handler is null)
        {
            RoutingLog.UnknownVerb(logger, action.ShownVerb);
            return InvokeResult.BadRequest($"This button ('{action.ShownVerb}') is not supported any more. Type 'help' for what I can do.");
        }
        return await handler(services)(turn, action, cancellationToken);
    }

    private static bool AddsBot(Activity activity) =>
        activity.MembersAdded?.Any(m => m.Id == activity.Recipient?.Id) == true;

    private static bool RemovesBot(Activity activity) =>
        activity.MembersRemoved?.Any(m => m.Id == activity.Recipient?.Id) == true;
}
