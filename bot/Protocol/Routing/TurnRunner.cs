using System.Text.Json;
using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Protocol.Routing;

/// <summary>Runs one authenticated turn exactly once and shapes the HTTP answer.</summary>
internal sealed class TurnRunner(ActivityRouter router, InboundDeduplicator deduplicator, ILogger<TurnRunner> logger)
{
    public async Task<IResult> RunAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        var activity = turn.Activity;
        var isInvoke = activity.Type == ActivityTypes.Invoke;
        var activityId = activity.Id;
        if (activityId is not null)
        {
            var stored = await deduplicator.BeginAsync(turn.ConversationId, activityId, cancellationToken);
            if (stored is not null)
            {
                RoutingLog.Duplicate(logger, activityId, turn.ConversationId);
                return isInvoke && stored.Length > 0
                    ? Results.Text(stored, "application/json")
                    : isInvoke ? Json(InvokeResult.Message("Already handled.")) : Results.Ok();
            }
        }

        InvokeResponseBody? answer;
        try
        {
            answer = await router.RouteAsync(turn, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            RoutingLog.HandlerFailed(logger, e, activityId, activity.Type ?? "?");
            if (activityId is not null)
            {
                await deduplicator.ForgetAsync(turn.ConversationId, activityId);
            }
            return isInvoke
                ? Json(InvokeResult.Error(500, "InternalError", "Something went wrong on our side. Please try again."))
                : Results.StatusCode(StatusCodes.Status500InternalServerError);
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
            await deduplicator.CompleteAsync(turn.ConversationId, activityId, json, cancellationToken);
        }
        return Results.Text(json, "application/json");
    }

    private static IResult Json(InvokeResponseBody body) =>
        Results.Text(JsonSerializer.Serialize(body, ProtocolJsonContext.Default.InvokeResponseBody), "application/json");
}
