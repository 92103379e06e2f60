using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>Base of everything that can sit in a card body or container; serialised with its <c>type</c> first.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(TextBlock), "TextBlock")]
[JsonDerivedType(typeof(RichTextBlock), "RichTextBlock")]
[JsonDerivedType(typeof(FactSet), "FactSet")]
[JsonDerivedType(typeof(ColumnSet), "ColumnSet")]
[JsonDerivedType(typeof(Container), "Container")]
[JsonDerivedType(typeof(Image), "Image")]
[JsonDerivedType(typeof(ActionSet), "ActionSet")]
[JsonDerivedType(typeof(TextInput), "Input.Text")]
[JsonDerivedType(typeof(NumberInput), "Input.Number")]
[JsonDerivedType(typeof(DateInput), "Input.Date")]
[JsonDerivedType(typeof(TimeInput), "Input.Time")]
[JsonDerivedType(typeof(ToggleInput), "Input.Toggle")]
[JsonDerivedType(typeof(ChoiceSetInput), "Input.ChoiceSet")]
public abstract record CardElement
{
    [JsonPropertyOrder(-1)]
    public string? Id { get; init; }

    [JsonPropertyOrder(100)]
    public bool? IsVisible { get; init; }

    [JsonPropertyOrder(100)]
    public Spacing? Spacing { get; init; }

    [JsonPropertyOrder(100)]
    public bool? Separator { get; init; }
}
