namespace CxReviewBot.Metrics;

/// <summary>RFC 4180 quoting for text cells.</summary>
internal static class CsvText
{
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }
        return text.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? $"\"{text.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : text;
    }

    public static string Line(params string[] cells) => string.Join(',', cells);
}
