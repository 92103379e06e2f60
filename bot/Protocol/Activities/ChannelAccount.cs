using System.Text.Json;
using System.Text.Json.Serialization;

namespace CxReviewBot.Protocol.Activities;

internal sealed class ChannelAccount
{
    [JsonPropertyName("id")] public string? Id { get; set; }
    [JsonPropertyName("name")] public string? Name { get; set; }
    [JsonPropertyName("aadObjectId")] public string? AadObjectId { get; set; }

    // Real Teams roster responses carry the Entra id as objectId; the Playground uses aadObjectId.
    [JsonPropertyName("objectId")] public string? ObjectId { get; set; }
    [JsonPropertyName("userPrincipalName")] public string? UserPrincipalName { get; set; }
    [JsonPropertyName("email")] public string? Email { get; set; }
    [JsonPropertyName("role")] public string? Role { get; set; }

    [JsonExtensionData] public Dictionary<string, JsonElement>? Extra { get; set; }

    [JsonIgnore] public string? EntraId => AadObjectId ?? ObjectId;
}
