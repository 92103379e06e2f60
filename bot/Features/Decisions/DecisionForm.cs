using CxReviewBot.Cards;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Decisions;

/// <summary>The decision form's submitted values, as text, exactly as the user left them, plus the form's hidden data.</summary>
internal sealed record DecisionForm(
    string? Text, string? Owner, string? DueDate, string? Touchpoint, string? Metric, string? ExpectedChange, string? ExpectedBy)
{
    public string? FormToken { get; init; }

    public string Origin { get; init; } = DecisionFields.FromCommand;

    public int? Version { get; init; }

    public static DecisionForm From(CardAction action) => new(
        Value(action, DecisionFields.Text)?.Trim(),
        Value(action, DecisionFields.Owner)?.Trim(),
        Value(action, DecisionFields.DueDate)?.Trim(),
        Value(action, DecisionFields.Touchpoint),
        Value(action, DecisionFields.Metric),
        Value(action, DecisionFields.ExpectedChange)?.Trim(),
        Value(action, DecisionFields.ExpectedBy)?.Trim())
    {
        FormToken = Value(action, CardDataKeys.FormToken),
        Origin = Value(action, CardDataKeys.Origin) == DecisionFields.FromAgenda ? DecisionFields.FromAgenda : DecisionFields.FromCommand,
        Version = action.GetInt(CardDataKeys.Version),
    };

    private static string? Value(CardAction action, string name) => action.GetText(name);
}
