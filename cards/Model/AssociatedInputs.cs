using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Which inputs an action sends: <c>auto</c> (this card and parents) or <c>none</c>.</summary>
public enum AssociatedInputs
{
    [JsonStringEnumMemberName("auto")]
    Auto,

    [JsonStringEnumMemberName("none")]
    None,
}
