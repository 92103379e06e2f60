using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Keyboard hint of an Input.Text.</summary>
public enum TextInputStyle
{
    [JsonStringEnumMemberName("text")]
    Text,

    [JsonStringEnumMemberName("tel")]
    Tel,

    [JsonStringEnumMemberName("url")]
    Url,

    [JsonStringEnumMemberName("email")]
    Email,

    [JsonStringEnumMemberName("password")]
    Password,
}
