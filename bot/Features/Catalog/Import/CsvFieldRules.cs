using System.Globalization;
using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// What any text field of an import may hold. Names and ids (touchpoint, metric, function, owner, account id…): at
/// most <see cref="MaxNameLength"/> characters, no control characters at all (a NUL or an escape sequence in a name
/// breaks PostgreSQL, terminals and every card it is shown on). Free text (description, decision_if_crossed, comment):
/// at most <see cref="MaxFreeTextLength"/>, tab and line breaks allowed. Numbers: <see cref="MetricValueRange"/>.
/// </summary>
internal static class CsvFieldRules
{
    public const int MaxNameLength = 200;
    public const int MaxFreeTextLength = 2000;
    public const int MaxEchoLength = 80;

    private static readonly HashSet<string> FreeTextColumns = new(["description", "decision_if_crossed", "comment"], StringComparer.OrdinalIgnoreCase);

    public static bool IsFreeText(string column) => FreeTextColumns.Contains(column);

    /// <returns>Why <paramref name="value"/> cannot go in <paramref name="column"/>, or null when it can.</returns>
    public static string? Problem(string column, string value)
    {
        var freeText = IsFreeText(column);
        var max = freeText ? MaxFreeTextLength : MaxNameLength;
        if (value.Length > max)
        {
            return string.Create(CultureInfo.InvariantCulture, $"'{column}' is {value.Length} characters long; at most {max} are allowed");
        }
        foreach (var c in value)
        {
            if (char.IsControl(c) && !(freeText && c is '\t' or '\n' or '\r'))
            {
                return string.Create(CultureInfo.InvariantCulture, $"'{column}' holds the control character U+{(int)c:X4}")
                    + (freeText ? " (free text allows only tab and line breaks)" : " (names and ids allow none)");
            }
        }
        return null;
    }

    /// <summary>Outside text quoted back in a warning or error: control characters as '?', at most 80 characters + "…".</summary>
    public static string Echo(string text)
    {
        var shown = text.Length > MaxEchoLength ? text[..MaxEchoLength] : text;
        if (shown.Length > 0 && char.IsHighSurrogate(shown[^1]))
        {
            shown = shown[..^1];
        }
        var printable = string.Create(shown.Length, shown, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? '?' : source[i];
            }
        });
        return text.Length > MaxEchoLength ? printable + "…" : printable;
    }
}
