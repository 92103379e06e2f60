namespace CxReviewBot.Metrics;

/// <summary>
/// The numbers a metric value, an account's ARR or a decision's expected change may be: finite and within ±1e15.
/// ±1.7e308 parses, but a change between two of them overflows and a report would print "Infinity".
/// </summary>
internal static class MetricValueRange
{
    public const double MaxMagnitude = 1e15;

    public static bool Contains(double value) => double.IsFinite(value) && Math.Abs(value) <= MaxMagnitude;
}
