using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Text size of a TextBlock or TextRun.</summary>
public enum TextSize
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("small")]
    Small,

    [JsonStringEnumMemberName("medium")]
    Medium,

    [JsonStringEnumMemberName("large")]
    Large,

    [JsonStringEnumMemberName("extraLarge")]
    ExtraLarge,
}
