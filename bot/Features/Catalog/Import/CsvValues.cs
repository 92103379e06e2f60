using System.Globalization;
using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>The value rules of the import files (contract.md): invariant numbers, ISO dates, true/false.</summary>
internal static class CsvValues
{
    /// <summary>A number within <see cref="MetricValueRange"/>: ±1.7e308 would print as Infinity in a report.</summary>
    public static bool TryNumber(string text, out double value) => TryAnyNumber(text, out value) && MetricValueRange.Contains(value);

    public static bool TryAnyNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value);

    public static bool TryDate(string text, out DateOnly value) =>
        DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);

    public static bool TryBool(string text, out bool value)
    {
        value = text.Equals("true", StringComparison.OrdinalIgnoreCase);
        return value || text.Equals("false", StringComparison.OrdinalIgnoreCase);
    }

    public static bool TryWord<TEnum>(string text, out TEnum value)
        where TEnum : struct, Enum
        => Enum.TryParse(text, ignoreCase: true, out value) && Enum.IsDefined(value) && !text.Any(char.IsDigit);

    public static string Words<TEnum>()
        where TEnum : struct, Enum
        => string.Join("|", Enum.GetNames<TEnum>().Select(n => n.ToLowerInvariant()));
}
