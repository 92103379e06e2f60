using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Font weight of text.</summary>
public enum TextWeight
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("lighter")]
    Lighter,

    [JsonStringEnumMemberName("bolder")]
    Bolder,
}
