using CxReviewBot.Data;
using CxReviewBot.Metrics;

namespace CxReviewBot.Features.Decisions;

/// <summary>The targeted metric's value when a decision was made: its latest observation on or before that day.</summary>
internal static class DecisionBaseline
{
    public static async Task<ObservationPoint?> FindAsync(CxDbContext db, long? touchpointId, long? metricId, DateOnly asOf, CancellationToken cancellationToken)
    {
        if (metricId is null)
        {
            return null;
        }
        // The same "latest per series" query the review pack uses, so the baseline equals the report's value that day.
        var latest = await LatestRows.ObservationsAsync(db, asOf, 1, cancellationToken);
        return latest.FirstOrDefault(p => p.MetricId == metricId && p.TouchpointId == touchpointId);
    }

    public static void Apply(Decision decision, ObservationPoint? point)
    {
        decision.BaselineValue = point?.Value;
        decision.BaselinePeriodEnd = point?.PeriodEnd;
    }
}
