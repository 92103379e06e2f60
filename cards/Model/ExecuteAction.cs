using System.Text.Json.Nodes;

namespace CxReviewBot.Cards.Model;

/// <summary>
/// Action.Execute (Universal Actions): Teams sends an <c>adaptiveCard/action</c> invoke with <see cref="Verb"/> and
/// <see cref="Data"/> merged with the card's input values, and the bot may answer with a replacement card.
/// </summary>
public sealed record ExecuteAction : CardAction
{
    /// <summary>One of <see cref="CardVerbs"/>.</summary>
    public required string Verb { get; init; }

    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
