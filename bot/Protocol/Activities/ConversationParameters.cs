using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxReviewBot.Protocol.Activities;

internal sealed class ConversationParameters
{
    [JsonPropertyName("isGroup")] public bool IsGroup { get; set; }
    [JsonPropertyName("bot")] public ChannelAccount? Bot { get; set; }
    [JsonPropertyName("members")] public List<ChannelAccount>? Members { get; set; }
    [JsonPropertyName("tenantId")] public string? TenantId { get; set; }
    [JsonPropertyName("activity")] public Activity? Activity { get; set; }
    [JsonPropertyName("channelData")] public JsonElement? ChannelData { get; set; }
}
