using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Preset image size.</summary>
public enum ImageSize
{
    [JsonStringEnumMemberName("auto")]
    Auto,

    [JsonStringEnumMemberName("stretch")]
    Stretch,

    [JsonStringEnumMemberName("small")]
    Small,

    [JsonStringEnumMemberName("medium")]
    Medium,

    [JsonStringEnumMemberName("large")]
    Large,
}
