using System.Globalization;
using System.Text.Json;
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
        Value(action.Data, DecisionFields.Text)?.Trim(),
        Value(action.Data, DecisionFields.Owner)?.Trim(),
        Value(action.Data, DecisionFields.DueDate)?.Trim(),
        Value(action.Data, DecisionFields.Touchpoint),
        Value(action.Data, DecisionFields.Metric),
        Value(action.Data, DecisionFields.ExpectedChange)?.Trim(),
        Value(action.Data, DecisionFields.ExpectedBy)?.Trim())
    {
        FormToken = Value(action.Data, CardDataKeys.FormToken),
        Origin = Value(action.Data, CardDataKeys.Origin) == DecisionFields.FromAgenda ? DecisionFields.FromAgenda : DecisionFields.FromCommand,
        Version = action.GetInt(CardDataKeys.Version),
    };

    private static string? Value(JsonElement data, string name) =>
        !data.TryGetProperty(name, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString(),
            JsonValueKind.Number => value.GetDouble().ToString("R", CultureInfo.InvariantCulture),
            _ => null,
        };
}
