using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>
/// Input.ChoiceSet: static <see cref="Choices"/>, or a Teams people picker when <see cref="ChoicesData"/> is set
/// (the value is then the chosen users' Entra object ids, comma-separated when multi-select).
/// </summary>
public sealed record ChoiceSetInput : CardInput
{
    public IReadOnlyList<Choice> Choices { get; init; } = [];

    [JsonPropertyName("choices.data")]
    public DataQuery? ChoicesData { get; init; }

    public string? Value { get; init; }

    public string? Placeholder { get; init; }

    public ChoiceInputStyle? Style { get; init; }

    public bool? IsMultiSelect { get; init; }

    public bool? Wrap { get; init; }
}
