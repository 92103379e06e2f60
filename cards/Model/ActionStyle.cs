using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Action emphasis (Teams renders positive/destructive like default).</summary>
public enum ActionStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("positive")]
    Positive,

    [JsonStringEnumMemberName("destructive")]
    Destructive,
}
