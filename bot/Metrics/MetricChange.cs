namespace CxReviewBot.Metrics;

/// <summary>Differences the report shows; null in, null out — a missing number is never replaced by a made-up one.</summary>
internal static class MetricChange
{
    /// <summary>value − previous.</summary>
    public static double? Change(double value, double? previous) => previous is { } p ? value - p : null;

    /// <summary>value − target.</summary>
    public static double? VsTarget(double value, double? target) => target is { } t ? value - t : null;

    /// <summary>renewed ÷ decided × 100; null when nothing was decided.</summary>
    public static double? RenewalRate(int renewed, int decided) => decided == 0 ? null : renewed * 100.0 / decided;
}
