using System.Globalization;

namespace CxReviewBot.Cards.Metrics;

/// <summary>
/// Prints metric numbers for display, in the invariant culture: score 4.2, percent 92.5%, currency $1,234 / $12.3k / $1.2M,
/// count 1,234, seconds 4m 10s. Changes carry an arrow and a magnitude (▲ 1.5), so direction never depends on colour.
/// </summary>
public static class MetricFormat
{
    /// <summary>Shown where a number is missing.</summary>
    public const string NoData = "no data";

    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>A value in its unit, e.g. <c>$1.2M</c>, <c>92.5%</c>, <c>4m 10s</c>; <see cref="NoData"/> when null or not finite.</summary>
    public static string Value(MetricUnit unit, double? value)
    {
        if (value is not { } v || !double.IsFinite(v))
        {
            return NoData;
        }

        var sign = v < 0 ? "-" : "";
        return sign + Magnitude(unit, Math.Abs(v));
    }

    /// <summary>A change as an arrow and a magnitude (<c>▲ 1.5</c>, <c>▼ 0.3 pts</c>), or <c>no change</c>.</summary>
    public static string Change(MetricUnit unit, double change) =>
        !double.IsFinite(change) ? NoData
        : Delta(unit, change) is not { } text ? "no change"
        : change > 0 ? "\u25B2 " + text : "\u25BC " + text;

    /// <summary>Distance from target in words: <c>3.0 above target</c>, <c>1.2 pts below target</c>, <c>at target</c>.</summary>
    public static string VsTarget(MetricUnit unit, double vsTarget) =>
        !double.IsFinite(vsTarget) ? NoData
        : Delta(unit, vsTarget) is not { } text ? "at target"
        : vsTarget > 0 ? $"{text} above target" : $"{text} below target";

    // The magnitude, or null when it rounds to zero at the unit's precision.
    private static string? Delta(MetricUnit unit, double delta)
    {
        var text = Magnitude(unit, Math.Abs(delta), isDelta: true);
        return text == Magnitude(unit, 0, isDelta: true) ? null : text;
    }

    private static string Magnitude(MetricUnit unit, double v, bool isDelta = false) => unit switch
    {
        MetricUnit.Score => v.ToString("0.0", Invariant),
        MetricUnit.Percent => v.ToString("0.#", Invariant) + (isDelta ? " pts" : "%"),
        MetricUnit.Currency => Currency(v),
        MetricUnit.Count => v.ToString("#,0", Invariant),
        MetricUnit.Seconds => Duration(v),
        _ => throw new ArgumentOutOfRangeException(nameof(unit), unit, null),
    };

    private static string Currency(double v)
    {
        if (Math.Round(v) < 10_000)
        {
            return "$" + v.ToString("#,0", Invariant);
        }

        string[] suffixes = ["k", "M", "B", "T"];
        var scaled = v / 1_000;
        var index = 0;
        // Promote on the rounded value so 999,960 prints as $1M rather than $1000k.
        while (Math.Round(scaled, 1) >= 1_000 && index < suffixes.Length - 1)
        {
            scaled /= 1_000;
            index++;
        }

        return "$" + scaled.ToString("#,0.#", Invariant) + suffixes[index];
    }

    private static string Duration(double v)
    {
        var total = (long)Math.Round(v);
        var (days, hours, minutes, seconds) = (total / 86_400, total / 3_600 % 24, total / 60 % 60, total % 60);
        return days > 0 ? $"{days}d {hours}h"
            : hours > 0 ? $"{hours}h {minutes}m"
            : minutes > 0 ? $"{minutes}m {seconds}s"
            : $"{seconds}s";
    }
}
