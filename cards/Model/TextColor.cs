using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Theme colour of text; never the only carrier of meaning (pair it with words).</summary>
public enum TextColor
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("dark")]
    Dark,

    [JsonStringEnumMemberName("light")]
    Light,

    [JsonStringEnumMemberName("accent")]
    Accent,

    [JsonStringEnumMemberName("good")]
    Good,

    [JsonStringEnumMemberName("warning")]
    Warning,

    [JsonStringEnumMemberName("attention")]
    Attention,
}
