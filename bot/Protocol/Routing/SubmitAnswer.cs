using System.Text.Json;
using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Protocol.Routing;

/// <summary>
/// Action.Submit has no invoke response, so a verb's answer is delivered as chat: a card replaces the card that was
/// pressed (when we know it), a message or an error becomes a reply.
/// </summary>
internal static class SubmitAnswer
{
    public static async Task DeliverAsync(TurnContext turn, InvokeResponseBody answer, CancellationToken cancellationToken)
    {
        switch (answer.Type)
        {
            case InvokeResponseBody.CardType when answer.Value is not null && turn.Activity.ReplyToId is { } cardMessageId:
                await turn.UpdateAsync(cardMessageId, Activity.MessageWithCard(answer.Value.DeepClone()), cancellationToken);
                break;
            case InvokeResponseBody.CardType when answer.Value is not null:
                await turn.SendCardAsync(answer.Value.DeepClone(), "Updated card", cancellationToken);
                break;
            case InvokeResponseBody.ErrorType:
                await turn.SendTextAsync(ErrorText(answer), cancellationToken);
                break;
            default:
                var text = answer.Value?.GetValueKind() == JsonValueKind.String ? answer.Value.GetValue<string>() : null;
                if (!string.IsNullOrWhiteSpace(text))
                {
                    await turn.SendTextAsync(text, cancellationToken);
                }
                break;
        }
    }

    private static string ErrorText(InvokeResponseBody answer) =>
        answer.Value?["message"]?.GetValue<string>() is { Length: > 0 } message ? $"⚠️ {message}" : "⚠️ That didn't work.";
}
