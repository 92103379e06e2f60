using System.Text.Json;
using CxReviewBot.Hosting;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Connector;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Protocol.Routing;

/// <summary>
/// Runs one authenticated turn exactly once and shapes the HTTP answer. The turn runs under its own deadline
/// (<see cref="BotOptions.TurnTimeout"/>), not the request's abort token: Teams gives up on a slow answer and sends
/// the activity again, and a turn half-cancelled by the first request's abort would be lost. A turn that did not
/// complete (error, deadline) forgets its de-duplication record so that re-delivery runs it; one the connector
/// refused to answer for good (protocol.md §11.1: 400, 403, 404, 413) is complete — re-running it would be refused again.
/// </summary>
internal sealed class TurnRunner(ActivityRouter router, InboundDeduplicator deduplicator, IOptions<BotOptions> options, TimeProvider time, ILogger<TurnRunner> logger)
{
    public async Task<IResult> RunAsync(TurnContext turn)
    {
        var activity = turn.Activity;
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        var activityId = activity.Id;
        using var deadline = new CancellationTokenSource(options.Value.TurnTimeout, time);
        var begun = false;
        try
        {
            if (activityId is not null)
            {
                var stored = await deduplicator.BeginAsync(turn.ConversationId, activityId, deadline.Token);
                if (stored is not null)
                {
                    RoutingLog.Duplicate(logger, activityId, turn.ConversationId);
                    return isInvoke && stored.Length > 0
                        ? Results.Text(stored, "application/json")
                        : isInvoke ? Json(InvokeResult.Message("Already handled.")) : Results.Ok();
                }
                begun = true;
            }

            InvokeResponseBody? answer;
            try
            {
                answer = await router.RouteAsync(turn, deadline.Token);
            }
            catch (ConnectorException e) when (e.IsPermanentRefusal)
            {
                RoutingLog.ReplyRefused(logger, activityId, activity.Type ?? "?", (int?)e.Status, e.ErrorCode, e.Message);
                answer = isInvoke ? InvokeResult.Error(502, "ReplyRefused", "Teams refused my answer in this conversation.") : null;
            }

            if (!isInvoke)
            {
                return Results.Ok();
            }
            if (answer is null)
            {
                return Results.StatusCode(StatusCodes.Status501NotImplemented);
            }
            var json = JsonSerializer.Serialize(answer, ProtocolJsonContext.Default.InvokeResponseBody);
            if (activityId is not null)
            {
                await deduplicator.CompleteAsync(turn.ConversationId, activityId, json, deadline.Token);
            }
            return Results.Text(json, "application/json");
        }
        catch (Exception e)
        {
            if (deadline.IsCancellationRequested)
            {
                RoutingLog.TurnTimedOut(logger, e, activityId, activity.Type ?? "?", options.Value.TurnTimeout);
            }
            else
            {
                RoutingLog.HandlerFailed(logger, e, activityId, activity.Type ?? "?");
            }
            if (begun)
            {
                await ForgetAsync(turn.ConversationId, activityId!);
            }
            return isInvoke
                ? Json(InvokeResult.Error(500, "InternalError", "Something went wrong on our side. Please try again."))
                : Results.StatusCode(StatusCodes.Status500InternalServerError);
        }
    }

    private async Task ForgetAsync(string conversationId, string activityId)
    {
        try
        {
            await deduplicator.ForgetAsync(conversationId, activityId);
        }
        catch (Exception e)
        {
            // The record then blocks re-delivery until housekeeping purges it; say so, the turn has failed anyway.
            RoutingLog.ForgetFailed(logger, e, activityId, conversationId);
        }
    }

    private static IResult Json(InvokeResponseBody body) =>
        Results.Text(JsonSerializer.Serialize(body, ProtocolJsonContext.Default.InvokeResponseBody), "application/json");
}
