namespace CxReviewBot.Features.Catalog.Import;

/// <summary>The file is not readable CSV from this line on (bad quoting, invalid UTF-8).</summary>
internal sealed class CsvFormatException(long line, string reason) : Exception($"line {line}: {reason}")
{
    public long Line { get; } = line;
    public string Reason { get; } = reason;
}
