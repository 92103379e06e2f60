using System.Text.Json.Serialization;

namespace CxReviewBot.Protocol.Activities;

internal sealed class ResourceResponse
{
    [JsonPropertyName("id")] public string? Id { get; set; }
}
