using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Metrics;

/// <summary>
/// Every touchpoint with its owner and its headline experience metric: the first of <see cref="HeadlineOrder"/>
/// that the touchpoint has an observation for (else any experience metric, by name), as of the given date.
/// </summary>
internal static class OwnersQuery
{
    public static readonly IReadOnlyList<string> HeadlineOrder = ["CSAT", "NPS", "CES", "FCR"];

    public static async Task<IReadOnlyList<OwnerRow>> RunAsync(CxDbContext db, DateOnly asOf, CancellationToken cancellationToken)
    {
        var touchpoints = (await db.Set<Touchpoint>().AsNoTracking().ToListAsync(cancellationToken))
            .OrderBy(t => t.Function, StringComparer.Ordinal).ThenBy(t => t.Name, StringComparer.Ordinal);
        var pack = await ReviewPackQuery.RunAsync(db, asOf, null, cancellationToken);
        var headlines = pack
            .Where(r => !r.IsBusinessWide && r.Kind == MetricKind.Experience)
            .GroupBy(r => r.TouchpointId!.Value)
            .ToDictionary(g => g.Key, g => g.OrderBy(Rank).ThenBy(r => r.Metric, StringComparer.Ordinal).First());
        return touchpoints
            .Select(t =>
            {
                var h = headlines.GetValueOrDefault(t.Id);
                return new OwnerRow(t.Id, t.Name, t.Function, t.OwnerName, t.OwnerUpn, t.OwnerAadId, h);
            })
            .ToList();
    }

    private static int Rank(ReviewPackRow row)
    {
        var index = HeadlineOrder.ToList().FindIndex(m => m.Equals(row.Metric, StringComparison.OrdinalIgnoreCase));
        return index < 0 ? HeadlineOrder.Count : index;
    }
}
