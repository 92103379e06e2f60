using System.Text.Json.Serialization;

namespace CxReviewBot.Protocol.Activities;

internal sealed class PagedMembersResult
{
    [JsonPropertyName("continuationToken")] public string? ContinuationToken { get; set; }
    [JsonPropertyName("members")] public List<ChannelAccount> Members { get; set; } = [];
}
