using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Vertical alignment of a container's content.</summary>
public enum VerticalAlignment
{
    [JsonStringEnumMemberName("top")]
    Top,

    [JsonStringEnumMemberName("center")]
    Center,

    [JsonStringEnumMemberName("bottom")]
    Bottom,
}
