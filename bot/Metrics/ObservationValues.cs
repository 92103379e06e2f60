using System.Globalization;
using System.Text;
namespace CxReviewBot.Metrics;

/// <summary>
/// The import's text rules (<c>CsvValues</c>) over trimmed ASCII bytes, with the same parsers and options, so a value is accepted
/// here exactly when it would be as text.
/// </summary>
internal static class ObservationValues
{
    private const int MaxLength = 64;

    // Powers of ten a double holds exactly.
    private static readonly double[] ExactPowersOfTen = [1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15];

    public static bool TryNumber(ReadOnlySpan<byte> text, out double value) =>
        TryPlainDecimal(text, out value)
        || (double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value) && MetricValueRange.Contains(value));

    public static bool TryDate(ReadOnlySpan<byte> text, out DateOnly value)
    {
        if (TryPlainIsoDate(text, out value))
        {
            return true;
        }
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }
        Span<char> chars = stackalloc char[MaxLength];
        var length = Encoding.ASCII.GetChars(text, chars);
        return DateOnly.TryParseExact(chars[..length], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }

    /// <summary>The usual shape, yyyy-MM-dd in digits, read without the general parser (a million rows spent a
    /// second there); false for anything else, which the general parser then decides.</summary>
    private static bool TryPlainIsoDate(ReadOnlySpan<byte> text, out DateOnly value)
    {
        value = default;
        if (text.Length != 10 || text[4] != (byte)'-' || text[7] != (byte)'-'
            || !TryDigits(text[..4], out var year) || !TryDigits(text.Slice(5, 2), out var month) || !TryDigits(text.Slice(8, 2), out var day)
            || year < 1 || month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }
        value = new DateOnly(year, month, day);
        return true;
    }

    private static bool TryDigits(ReadOnlySpan<byte> text, out int value)
    {
        value = 0;
        foreach (var digit in text)
        {
            if (digit is < (byte)'0' or > (byte)'9')
            {
                return false;
            }
            value = (value * 10) + (digit - '0');
        }
        return true;
    }

    /// <summary>
    /// The usual shape, an optionally signed decimal of at most 15 digits, read without the general parser: both
    /// the digits and the power of ten are exact in a double, so one division gives the correctly rounded value,
    /// the same one the general parser gives. False for anything else, which the general parser then decides.
    /// </summary>
    private static bool TryPlainDecimal(ReadOnlySpan<byte> text, out double value)
    {
        value = 0;
        var start = text.Length > 0 && text[0] is (byte)'-' or (byte)'+' ? 1 : 0;
        ulong digits = 0;
        var count = 0;
        var point = -1;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c == (byte)'.' && point < 0)
            {
                point = count;
                continue;
            }
            if (c is < (byte)'0' or > (byte)'9' || ++count > 15)
            {
                return false;
            }
            digits = (digits * 10) + (ulong)(c - '0');
        }
        if (count == 0)
        {
            return false;
        }
        value = digits / ExactPowersOfTen[point < 0 ? 0 : count - point];
        value = start == 1 && text[0] == (byte)'-' ? -value : value;
        return true;
    }
}
