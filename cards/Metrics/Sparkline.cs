using System.Globalization;
using System.Text;

namespace CxReviewBot.Cards.Metrics;

/// <summary>A trend as eight Unicode block heights (▁▂▃▄▅▆▇█), and the words that describe it for screen readers.</summary>
public static class Sparkline
{
    private const string Blocks = "\u2581\u2582\u2583\u2584\u2585\u2586\u2587\u2588";

    /// <summary>
    /// One block per value, scaled between the lowest and highest value; a space for a missing (or non-finite) value;
    /// a flat series sits at mid height. Empty when there is no value at all.
    /// </summary>
    public static string Text(IReadOnlyList<double?> values)
    {
        var known = values.Where(IsKnown).Select(v => v!.Value).ToList();
        if (known.Count == 0)
        {
            return "";
        }

        var (min, max) = (known.Min(), known.Max());
        var builder = new StringBuilder(values.Count);
        foreach (var value in values)
        {
            builder.Append(!IsKnown(value) ? ' '
                : max == min ? Blocks[3]
                : Blocks[(int)Math.Round((value!.Value - min) / (max - min) * (Blocks.Length - 1))]);
        }

        return builder.ToString();
    }

    /// <summary>Alt text for a trend image, e.g. "Trend over 10 periods: from 4.1 to 4.3, low 3.9, high 4.5; 2 periods without data."</summary>
    public static string Describe(IReadOnlyList<double?> values, MetricUnit unit)
    {
        var known = values.Where(IsKnown).Select(v => v!.Value).ToList();
        if (known.Count == 0)
        {
            return "No trend data.";
        }

        var gaps = values.Count - known.Count;
        var text = string.Create(CultureInfo.InvariantCulture,
            $"Trend over {values.Count} periods: from {MetricFormat.Value(unit, known[0])} to {MetricFormat.Value(unit, known[^1])}, low {MetricFormat.Value(unit, known.Min())}, high {MetricFormat.Value(unit, known.Max())}");
        return gaps switch
        {
            0 => text + ".",
            1 => text + "; 1 period without data.",
            _ => string.Create(CultureInfo.InvariantCulture, $"{text}; {gaps} periods without data."),
        };
    }

    private static bool IsKnown(double? value) => value is { } v && double.IsFinite(v);
}
