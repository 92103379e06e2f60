using System.Text;

namespace CxReviewBot.Cards;

/// <summary>
/// Prepares text we did not write (user messages, imported names) for a card. Teams clients disagree on markdown escapes
/// (older mobile clients show the backslash), so builders prefer a <see cref="Model.TextRun"/>, which no client parses as
/// markdown, after <see cref="Snippet"/> has made the text one short line. Where only a markdown field exists
/// (fact values, choice titles), <see cref="EscapeMarkdown"/> keeps user text from turning into links or formatting.
/// </summary>
public static class CardText
{
    /// <summary>Default length for quoting user text back.</summary>
    public const int DefaultSnippetLength = 120;

    private const string InlineSpecials = "\\`*_~[]<>&";

    /// <summary>
    /// Collapses whitespace and control characters to single spaces, trims, and cuts to <paramref name="maxLength"/>
    /// characters with an ellipsis, never splitting a surrogate pair.
    /// </summary>
    public static string Snippet(string text, int maxLength = DefaultSnippetLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxLength, 2);
        var builder = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
            if (builder.Length > maxLength)
            {
                break;
            }
        }

        if (builder.Length <= maxLength)
        {
            return builder.ToString();
        }

        var cut = maxLength - 1;
        if (char.IsHighSurrogate(builder[cut - 1]))
        {
            cut--;
        }

        return builder.ToString(0, cut).TrimEnd() + "…";
    }

    /// <summary>
    /// Backslash-escapes the characters Teams' markdown subset acts on (emphasis, links, code, HTML-ish brackets, entities)
    /// and a list or heading marker at the start of a line.
    /// </summary>
    public static string EscapeMarkdown(string text)
    {
        var builder = new StringBuilder(text.Length + 8);
        var lineStart = true;
        var escapeAt = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (lineStart && char.IsAsciiDigit(c))
            {
                escapeAt = OrderedMarkerEnd(text, i);
            }

            if (InlineSpecials.Contains(c) || i == escapeAt || (lineStart && c is '#' or '-' or '+'))
            {
                builder.Append('\\');
            }

            builder.Append(c);
            lineStart = c is '\n' or '\r' || (lineStart && c is ' ' or '\t');
        }

        return builder.ToString();
    }

    // "12." or "12)" at the start of a line starts an ordered list; the punctuation is what must be escaped.
    private static int OrderedMarkerEnd(string text, int start)
    {
        var end = start;
        while (end < text.Length && char.IsAsciiDigit(text[end]))
        {
            end++;
        }

        return end < text.Length && text[end] is '.' or ')' ? end : -1;
    }
}
