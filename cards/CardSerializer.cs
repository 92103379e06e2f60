using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using CxReviewBot.Cards.Model;

namespace CxReviewBot.Cards;

/// <summary>Turns cards into JSON for attachments, golden files and size checks.</summary>
public static class CardSerializer
{
    private static readonly JsonWriterOptions Compact = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonWriterOptions Indented = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = true,
        NewLine = "\n",
    };

    /// <summary>The card as a JSON tree, ready to be the <c>content</c> of an attachment.</summary>
    public static JsonNode ToJsonNode(AdaptiveCard card) =>
        JsonSerializer.SerializeToNode(card, CardJsonContext.Default.AdaptiveCard)
        ?? throw new InvalidOperationException("A card never serialises to null.");

    /// <summary>
    /// The card as JSON text. Only characters JSON requires are escaped, so user text stays readable in golden files;
    /// the output is for HTTP bodies and files, never for inlining into HTML.
    /// </summary>
    public static string ToJson(AdaptiveCard card, bool indented = false)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, indented ? Indented : Compact))
        {
            JsonSerializer.Serialize(writer, card, CardJsonContext.Default.AdaptiveCard);
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary>
    /// Size of the compact JSON in UTF-16 bytes, the unit Teams' message limit is stated in (protocol.md §5.6).
    /// Measured with the serializer's default, stricter escaping so the figure holds whichever encoder writes the activity.
    /// </summary>
    public static int Utf16Size(AdaptiveCard card) =>
        JsonSerializer.Serialize(card, CardJsonContext.Default.AdaptiveCard).Length * sizeof(char);
}
