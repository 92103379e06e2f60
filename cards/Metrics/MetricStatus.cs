namespace CxReviewBot.Cards.Metrics;

/// <summary>
/// A metric's standing against its decision threshold and target (contract.md, report status rule).
/// Declared worst first: cards sort by this order.
/// </summary>
public enum MetricStatus
{
    DecisionNeeded,
    OffTarget,
    NoData,
    OnTrack,
}
