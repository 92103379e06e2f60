using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Metrics;

/// <summary>
/// "Do customers who rate us highly renew?": accounts grouped by the band of their latest NPS / CSAT response
/// (on or before the as-of date) per touchpoint, beside their ARR and renewal outcomes.
/// </summary>
internal static class LinkageQuery
{
    public const int RenewingWindowDays = 90;

    public static async Task<IReadOnlyList<LinkageRow>> RunAsync(CxDbContext db, DateOnly asOf, CancellationToken cancellationToken)
    {
        var metrics = (await db.Set<Metric>().AsNoTracking().ToListAsync(cancellationToken))
            .Where(m => ScoreBand.HasBands(m.Name))
            .ToDictionary(m => m.Id, m => m.Name);
        var touchpoints = await db.Set<Touchpoint>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var accounts = await db.Set<CustomerAccount>().AsNoTracking().ToDictionaryAsync(a => a.Id, cancellationToken);
        var latest = (await LatestRows.ResponsesAsync(db, asOf, cancellationToken)).Where(r => metrics.ContainsKey(r.MetricId));

        var renewingBy = asOf.AddDays(RenewingWindowDays);
        return latest
            .Select(r => (Touchpoint: touchpoints[r.TouchpointId], Metric: metrics[r.MetricId], Band: ScoreBand.Of(metrics[r.MetricId], r.Score),
                Account: accounts[r.CustomerAccountId]))
            .Where(x => x.Band is not null)
            .GroupBy(x => (x.Touchpoint, x.Metric, Band: x.Band!))
            .Select(g => Row(g.Key.Touchpoint, g.Key.Metric, g.Key.Band, g.Select(x => x.Account).ToList(), asOf, renewingBy))
            .OrderBy(r => r.Touchpoint, StringComparer.Ordinal)
            .ThenBy(r => r.Metric, StringComparer.Ordinal)
            .ThenBy(r => ScoreBand.BandsOf(r.Metric).ToList().IndexOf(r.Band))
            .ToList();
    }

    private static LinkageRow Row(string touchpoint, string metric, string band, List<CustomerAccount> accounts, DateOnly asOf, DateOnly renewingBy)
    {
        var decided = accounts.Count(a => a.Outcome is RenewalOutcome.Renewed or RenewalOutcome.Churned);
        var renewed = accounts.Count(a => a.Outcome == RenewalOutcome.Renewed);
        return new LinkageRow(
            touchpoint,
            metric,
            band,
            accounts.Count,
            accounts.Sum(a => a.Arr),
            decided,
            renewed,
            MetricChange.RenewalRate(renewed, decided),
            accounts.Where(a => a.Outcome == RenewalOutcome.Churned).Sum(a => a.Arr),
            accounts.Where(a => a.Outcome == RenewalOutcome.Open && a.RenewalDate > asOf && a.RenewalDate <= renewingBy).Sum(a => a.Arr));
    }
}
