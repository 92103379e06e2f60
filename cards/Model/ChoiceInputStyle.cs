using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>How an Input.ChoiceSet is shown.</summary>
public enum ChoiceInputStyle
{
    [JsonStringEnumMemberName("compact")]
    Compact,

    [JsonStringEnumMemberName("expanded")]
    Expanded,

    [JsonStringEnumMemberName("filtered")]
    Filtered,
}
