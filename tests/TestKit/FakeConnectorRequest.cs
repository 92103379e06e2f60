using System.Text.Json.Nodes;

namespace CxReviewBot.TestKit;

/// <summary>One request <see cref="FakeConnector"/> received and the status it answered.</summary>
/// <param name="Path">Decoded path (e.g. <c>/teams/v3/conversations/a:1/activities</c>).</param>
/// <param name="RawTarget">Path and query exactly as sent (percent-escapes intact).</param>
/// <param name="Body">JSON body; for token requests the form fields as a JSON object.</param>
/// <param name="ActivityId">The id the fake assigned (sends, replies, channel threads) or the one in the path.</param>
public sealed record FakeConnectorRequest(
    FakeConnectorOperation Operation,
    string Method,
    string Path,
    string RawTarget,
    IReadOnlyDictionary<string, string> Headers,
    JsonNode? Body,
    int Status,
    string? ConversationId,
    string? ActivityId,
    DateTimeOffset ReceivedAt)
{
    public string? Authorization => Headers.TryGetValue("Authorization", out var value) ? value : null;

    /// <summary>An activity the fake accepted: send, reply, update, or the first message of a created conversation.</summary>
    public bool IsDeliveredActivity => Status is >= 200 and < 300 && Activity is not null
        && Operation is FakeConnectorOperation.SendToConversation or FakeConnectorOperation.ReplyToActivity
            or FakeConnectorOperation.UpdateActivity or FakeConnectorOperation.CreateConversation;

    public JsonNode? Activity => Operation == FakeConnectorOperation.CreateConversation ? Body?["activity"] : Body;

    public string? Text => Activity?["text"] is JsonValue text && text.TryGetValue<string>(out var value) ? value : null;

    /// <summary>The first attachment's content (an Adaptive Card for our bot), if any.</summary>
    public JsonNode? Card => Activity?["attachments"]?[0]?["content"];

    public override string ToString() => $"{Method} {RawTarget} -> {Status}";
}
