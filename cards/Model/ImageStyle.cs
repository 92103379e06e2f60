using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Image cropping; <c>person</c> crops to a circle.</summary>
public enum ImageStyle
{
    [JsonStringEnumMemberName("default")]
    Default,

    [JsonStringEnumMemberName("person")]
    Person,
}
