using System.Text.Json;
using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Protocol.Routing;

/// <summary>
/// A card button press, whether it came as an <c>adaptiveCard/action</c> invoke (Action.Execute: verb + data) or as
/// a message with a <c>value</c> (Action.Submit: our cards put the verb inside the data).
/// </summary>
internal sealed record CardAction(string Verb, JsonElement Data)
{
    public const string VerbField = "verb";

    /// <summary>Longest text any one card value may carry; each form field has its own, smaller limit on top.</summary>
    public const int MaxValueLength = 20_000;

    /// <summary>
    /// Why the card's data cannot be taken at all, checked once for every verb: a value over
    /// <see cref="MaxValueLength"/>, or a control character other than tab and line breaks (no card input produces
    /// one; stored, it would break cards, CSV and terminals). Null when the data is fine.
    /// </summary>
    public string? Problem => ProblemIn(Data);

    /// <summary>The verb as it may be quoted back (log, "not supported" message): at most 60 characters, no control characters.</summary>
    public string ShownVerb => new string(Verb.Take(60).Select(c => char.IsControl(c) ? '?' : c).ToArray()) + (Verb.Length > 60 ? "…" : "");

    public static CardAction? FromInvoke(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty("action", out var action) || action.ValueKind != JsonValueKind.Object
            || !action.TryGetProperty("verb", out var verb) || verb.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        var data = action.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d.Clone() : EmptyObject();
        return new CardAction(verb.GetString()!, data);
    }

    public static CardAction? FromSubmit(Activity activity)
    {
        if (activity.Value is not { ValueKind: JsonValueKind.Object } value
            || !value.TryGetProperty(VerbField, out var verb) || verb.ValueKind != JsonValueKind.String)
        {
            return null;
        }
        return new CardAction(verb.GetString()!, value.Clone());
    }

    /// <summary>A whole number sent either as a JSON number or as text (inputs and our data carry strings).</summary>
    public int? GetInt(string name) =>
        !Data.TryGetProperty(name, out var value) ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number
        : value.ValueKind == JsonValueKind.String && int.TryParse(value.GetString(), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var parsed) ? parsed
        : null;

    public string? GetString(string name) =>
        Data.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    /// <summary>
    /// A form value as the user left it: text as is, a JSON number as written (never converted: 1e400 is no double),
    /// empty or any other type as null.
    /// </summary>
    public string? GetText(string name) =>
        !Data.TryGetProperty(name, out var value) ? null
        : value.ValueKind switch
        {
            JsonValueKind.String => string.IsNullOrWhiteSpace(value.GetString()) ? null : value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };

    private static string? ProblemIn(JsonElement element)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                var text = element.GetString()!;
                if (text.Length > MaxValueLength)
                {
                    return $"A value on this card is {text.Length:N0} characters long; at most {MaxValueLength:N0} are taken.";
                }
                foreach (var c in text)
                {
                    if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
                    {
                        return $"A value on this card holds the control character U+{(int)c:X4}; remove it and try again.";
                    }
                }
                return null;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    if (ProblemIn(property.Value) is { } problem)
                    {
                        return problem;
                    }
                }
                return null;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    if (ProblemIn(item) is { } problem)
                    {
                        return problem;
                    }
                }
                return null;
            default:
                return null;
        }
    }

    private static JsonElement EmptyObject() => JsonDocument.Parse("{}").RootElement.Clone();
}
