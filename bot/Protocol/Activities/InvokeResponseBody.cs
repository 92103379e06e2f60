using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CxReviewBot.Protocol.Activities;

/// <summary>The body Teams expects for <c>adaptiveCard/action</c>: HTTP 200 always, the outcome inside.</summary>
internal sealed class InvokeResponseBody
{
    public const string CardType = "application/vnd.microsoft.card.adaptive";
    public const string MessageType = "application/vnd.microsoft.activity.message";
    public const string ErrorType = "application/vnd.microsoft.error";

    [JsonPropertyName("statusCode")] public int StatusCode { get; init; }
    [JsonPropertyName("type")] public string Type { get; init; } = MessageType;
    [JsonPropertyName("value")] public JsonNode? Value { get; init; }
}
