namespace CxReviewBot.Metrics;

/// <summary>
/// contract.md's status: <c>decision_needed</c> on the wrong side of the decision threshold, else <c>off_target</c>
/// on the wrong side of the target, else <c>on_track</c>. Exactly on a line is not past it. With neither a target
/// nor a threshold there is nothing to judge against: no status (empty), never a guess.
/// </summary>
internal static class MetricStatusRule
{
    public static MetricStatus? Evaluate(double value, bool higherIsBetter, double? target, double? decisionThreshold)
    {
        if (target is null && decisionThreshold is null)
        {
            return null;
        }
        if (decisionThreshold is { } threshold && IsWorse(value, threshold, higherIsBetter))
        {
            return MetricStatus.DecisionNeeded;
        }
        return target is { } t && IsWorse(value, t, higherIsBetter) ? MetricStatus.OffTarget : MetricStatus.OnTrack;
    }

    /// <summary>True when <paramref name="value"/> is on the wrong side of <paramref name="line"/>.</summary>
    public static bool IsWorse(double value, double line, bool higherIsBetter) => higherIsBetter ? value < line : value > line;

    public static string Wire(MetricStatus? status) => status switch
    {
        MetricStatus.OnTrack => "on_track",
        MetricStatus.OffTarget => "off_target",
        MetricStatus.DecisionNeeded => "decision_needed",
        _ => "",
    };
}
