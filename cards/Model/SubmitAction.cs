using System.Text.Json.Nodes;

namespace CxReviewBot.Cards.Model;

/// <summary>
/// Action.Submit (legacy): Teams posts a message activity whose <c>value</c> is <see cref="Data"/> merged with the inputs.
/// Put Teams' <c>msteams</c> object (messageBack, imBack, task/fetch) in <see cref="Data"/>, e.g. via <see cref="ActionData.MessageBack"/>.
/// </summary>
public sealed record SubmitAction : CardAction
{
    public JsonObject? Data { get; init; }

    public AssociatedInputs? AssociatedInputs { get; init; }
}
