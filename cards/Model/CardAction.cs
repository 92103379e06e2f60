using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Base of card actions (buttons and select actions); serialised with its <c>type</c> first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(OpenUrlAction), "Action.OpenUrl")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
[JsonDerivedType(typeof(ToggleVisibilityAction), "Action.ToggleVisibility")]
public abstract record CardAction
{
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    [JsonPropertyOrder(-1)]
    public string? Title { get; init; }

    [JsonPropertyOrder(100)]
    public string? IconUrl { get; init; }

    // Teams ignores positive/destructive styling (protocol.md §5.1); the schema still allows it.
    [JsonPropertyOrder(100)]
    public ActionStyle? Style { get; init; }

    [JsonPropertyOrder(100)]
    public string? Tooltip { get; init; }
}
