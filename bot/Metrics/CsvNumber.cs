using System.Globalization;
namespace CxReviewBot.Metrics;

/// <summary>
/// How every number in reports (and the agenda) is written: invariant culture, no thousands separators, rounded to
/// at most 4 decimals with trailing zeros trimmed ("0.####"), so binary floating-point noise (0.30000000000000004)
/// never shows and the same value always prints the same text. Null prints as an empty cell, and so does a value that
/// is not finite (imports refuse numbers beyond ±1e15, but a change between two of them must never print "Infinity").
/// </summary>
internal static class CsvNumber
{
    public static string Format(double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return "";
        }
        var rounded = Math.Round(v, 4, MidpointRounding.AwayFromZero);
        return rounded == 0 ? "0" : rounded.ToString("0.####", CultureInfo.InvariantCulture);
    }

    public static string Format(DateOnly? date) =>
        date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "";
}
