using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxReviewBot.Protocol.Activities;

/// <summary>
/// Loose-schema Bot Framework activity: the fields we read are typed, everything else survives a round trip
/// through <see cref="Extra"/>.
/// </summary>
internal sealed class Activity
{
    [JsonPropertyName("type")] public string? Type { get; set; }
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("timestamp")] public DateTimeOffset? Timestamp { get; set; }
    [JsonPropertyName("localTimestamp")] public DateTimeOffset? LocalTimestamp { get; set; }
    [JsonPropertyName("localTimezone")] public string? LocalTimezone { get; set; }
    [JsonPropertyName("locale")] public string? Locale { get; set; }
    [JsonPropertyName("serviceUrl")] public string? ServiceUrl { get; set; }
    [JsonPropertyName("channelId")] public string? ChannelId { get; set; }
    [JsonPropertyName("from")] public ChannelAccount? From { get; set; }
    [JsonPropertyName("recipient")] public ChannelAccount? Recipient { get; set; }
    [JsonPropertyName("conversation")] public ConversationAccount? Conversation { get; set; }
    [JsonPropertyName("text")] public string? Text { get; set; }
    [JsonPropertyName("textFormat")] public string? TextFormat { get; set; }
    [JsonPropertyName("summary")] public string? Summary { get; set; }
    [JsonPropertyName("attachmentLayout")] public string? AttachmentLayout { get; set; }
    [JsonPropertyName("attachments")] public List<Attachment>? Attachments { get; set; }
    [JsonPropertyName("entities")] public List<JsonElement>? Entities { get; set; }
    [JsonPropertyName("replyToId")] public string? ReplyToId { get; set; }
    [JsonPropertyName("value")] public JsonElement? Value { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("action")] public string? Action { get; set; }
    [JsonPropertyName("membersAdded")] public List<ChannelAccount>? MembersAdded { get; set; }
    [JsonPropertyName("membersRemoved")] public List<ChannelAccount>? MembersRemoved { get; set; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }
    [JsonPropertyName("deliveryMode")] public string? DeliveryMode { get; set; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }

    public static Activity MessageWithCard(System.Text.Json.Nodes.JsonNode card, string? summary = null) => new()
    {
        Type = ActivityTypes.Message,
        Summary = summary,
        Attachments = [Attachment.AdaptiveCard(card)],
    };

    public static Activity MessageWithText(string text) => new()
    {
        Type = ActivityTypes.Message,
        Text = text,
        TextFormat = "markdown",
    };
}
