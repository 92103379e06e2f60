using System.Text.Json.Serialization;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards;

/// <summary>
/// Source-generated serializer metadata for the card model: camelCase names, nulls omitted, enums as their schema strings.
/// Prefer <see cref="CardSerializer"/>; use this context to embed cards in a larger payload.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(AdaptiveCard))]
public sealed partial class CardJsonContext : JsonSerializerContext;
