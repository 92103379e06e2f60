namespace CxReviewBot.Metrics;

/// <summary>
/// The one writer of text cells for every CSV the bot writes (reports, ledger, demo export): RFC 4180 quoting, and a
/// text cell that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or
/// carriage return: a touchpoint named <c>=HYPERLINK(…)</c>) gets a leading single quote (OWASP "CSV injection").
/// Numbers never come here (<see cref="CsvNumber"/>), so they stay numbers.
/// </summary>
internal static class CsvText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        if (text[0] is '=' or '+' or '-' or '@' or '\t' or '\r')
        {
            text = "'" + text;
        }
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    public static string Line(params string[] cells) => string.Join(',', cells);
}
