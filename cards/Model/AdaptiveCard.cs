using System.Text.Json.Serialization;

namespace CxReviewBot.Cards.Model;

/// <summary>
/// The top-level Adaptive Card. Teams renders bot cards up to schema 1.5, so <see cref="Version"/> defaults to
/// <see cref="MaxTeamsVersion"/>; <see cref="CardLint"/> rejects anything newer.
/// </summary>
public sealed record AdaptiveCard
{
    /// <summary>The highest schema version Teams renders for bot-sent cards.</summary>
    public const string MaxTeamsVersion = "1.5";

    /// <summary>The public schema URL written to <c>$schema</c>.</summary>
    public const string SchemaUrl = "http://adaptivecards.io/schemas/adaptive-card.json";

    [JsonPropertyOrder(-3)]
    public string Type => "AdaptiveCard";

    [JsonPropertyOrder(-2)]
    [JsonPropertyName("$schema")]
    public string? Schema { get; init; } = SchemaUrl;

    [JsonPropertyOrder(-1)]
    public string Version { get; init; } = MaxTeamsVersion;

    public string? FallbackText { get; init; }

    public string? Speak { get; init; }

    public CardRefresh? Refresh { get; init; }

    public IReadOnlyList<CardElement> Body { get; init; } = [];

    public IReadOnlyList<CardAction>? Actions { get; init; }

    [JsonPropertyName("msteams")]
    public MsTeamsCardOptions? MsTeams { get; init; }
}
