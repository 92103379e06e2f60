using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Horizontal alignment of text, images and column sets.</summary>
public enum HorizontalAlignment
{
    [JsonStringEnumMemberName("left")]
    Left,

    [JsonStringEnumMemberName("center")]
    Center,

    [JsonStringEnumMemberName("right")]
    Right,
}
