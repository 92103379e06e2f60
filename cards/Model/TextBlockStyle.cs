using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>TextBlock style; <c>heading</c> marks the text as a heading for screen readers.</summary>
public enum TextBlockStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("heading")]
    Heading,
}
