using CxReviewBot.Data;
namespace CxReviewBot.Metrics;

/// <summary>
/// The value of a metric for a period, for one touchpoint or the whole business. Keyed by (metric, touchpoint,
/// period): a metric belongs to one tenant, so the key is unique per tenant without repeating the tenant in it.
/// </summary>
internal sealed class Observation : ITenantOwned
{
    /// <summary>
    /// The touchpoint id of business-wide rows. Key columns cannot be null (SQLite's WITHOUT ROWID tables refuse it),
    /// and 0 is never a touchpoint's id; code above the store sees these rows with a null touchpoint.
    /// </summary>
    public const long BusinessWide = 0;

    public long MetricId { get; set; }
    public long TouchpointId { get; set; }
    public DateOnly PeriodEnd { get; set; }
    public double Value { get; set; }
    public string TenantId { get; set; } = "";
}
