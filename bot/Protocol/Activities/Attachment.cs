using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace CxReviewBot.Protocol.Activities;

internal sealed class Attachment
{
    public const string AdaptiveCardContentType = "application/vnd.microsoft.card.adaptive";

    [JsonPropertyName("contentType")] public string? ContentType { get; set; }
    [JsonPropertyName("content")] public JsonNode? Content { get; set; }
    [JsonPropertyName("contentUrl")] public string? ContentUrl { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }

    public static Attachment AdaptiveCard(JsonNode card) => new() { ContentType = AdaptiveCardContentType, Content = card };
}
