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

    private static JsonElement EmptyObject() => JsonDocument.Parse("{}").RootElement.Clone();
}
