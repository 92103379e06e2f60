using System.Text;
using System.Text.Json;

namespace CxReviewBot.Protocol.Activities;

/// <summary>
/// JSON may escape a lone surrogate (<c>"\ud800"</c>) that no .NET string API can decode: the reader accepts it and
/// the first <c>GetString</c> deep in a handler throws. And an escaped NUL (<c>"\u0000"</c>) decodes, but no
/// PostgreSQL text column can store it, so a name or a card value holding one would fail the turn. Checked once, on the
/// raw body, before anything reads it.
/// </summary>
internal static class JsonStrings
{
    /// <returns>False when the JSON is malformed, or a string or property name is not valid text or holds a NUL.</returns>
    public static bool AreWellFormed(ReadOnlySpan<byte> json)
    {
        var reader = new Utf8JsonReader(json);
        try
        {
            while (reader.Read())
            {
                if (reader.TokenType is JsonTokenType.String or JsonTokenType.PropertyName
                    && (reader.ValueIsEscaped || !Ascii.IsValid(reader.ValueSpan)))
                {
                    if (reader.GetString()!.Contains('\0', StringComparison.Ordinal))
                    {
                        return false;
                    }
                }
            }
            return true;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return false;
        }
    }
}
