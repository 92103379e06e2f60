using System.Globalization;
using System.Text;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// <see cref="CsvValues"/> over trimmed ASCII bytes, with the same parsers and options, so a value is accepted
/// here exactly when it would be as text.
/// </summary>
internal static class ObservationValues
{
    private const int MaxLength = 64;

    public static bool TryNumber(ReadOnlySpan<byte> text, out double value) =>
        double.TryParse(text, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint | NumberStyles.AllowExponent,
            CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    public static bool TryDate(ReadOnlySpan<byte> text, out DateOnly value)
    {
        value = default;
        if (text.IsEmpty || text.Length > MaxLength)
        {
            return false;
        }
        Span<char> chars = stackalloc char[MaxLength];
        var length = Encoding.ASCII.GetChars(text, chars);
        return DateOnly.TryParseExact(chars[..length], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out value);
    }
}
