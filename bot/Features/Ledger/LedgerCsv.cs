using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Metrics;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Ledger;

/// <summary>
/// `report --section decisions`: one row per decision recorded on or before the as-of date (in its review's zone),
/// oldest first. status is open, overdue (open and due before the as-of date), done or cancelled as stored now;
/// latest_value is the targeted series' latest value dated on or before the as-of date; outcome is the judge's
/// stored verdict (empty until judged). Numbers and dates as every report writes them (<see cref="CsvNumber"/>).
/// </summary>
internal static class LedgerCsv
{
    public const string Header = "review,decided_on,decision,owner,due,status,touchpoint,metric,baseline_value,expected_change,expected_by,latest_value,outcome";

    public static async Task WriteAsync(TextWriter output, CxDbContext db, Review? review, DateOnly asOf, CancellationToken cancellationToken)
    {
        var reviews = await db.Set<Review>().AsNoTracking().Where(r => review == null || r.Id == review.Id).ToDictionaryAsync(r => r.Id, cancellationToken);
        var ids = reviews.Keys.ToList();
        var decisions = await db.Set<Decision>().AsNoTracking().Where(d => ids.Contains(d.ReviewId))
            .OrderBy(d => d.RecordedAtUtc).ThenBy(d => d.Id).ToListAsync(cancellationToken);
        var touchpoints = await db.Set<Touchpoint>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var metrics = await db.Set<Metric>().AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        var latest = (await LatestRows.ObservationsAsync(db, asOf, 1, cancellationToken)).ToDictionary(o => (o.MetricId, o.TouchpointId), o => o.Value);

        await output.WriteAsync(Header + "\n");
        foreach (var d in decisions)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var r = reviews[d.ReviewId];
            var decidedOn = ReviewClock.DateIn(r, d.RecordedAtUtc);
            if (decidedOn > asOf)
            {
                continue;
            }
            double? latestValue = d.MetricId is { } m && latest.TryGetValue((m, d.TouchpointId), out var v) ? v : null;
            await output.WriteAsync(CsvText.Line(
                CsvText.Escape(r.Name),
                CsvNumber.Format(decidedOn),
                CsvText.Escape(d.Text),
                CsvText.Escape(d.OwnerName),
                CsvNumber.Format(d.DueDate),
                Status(d, asOf),
                CsvText.Escape(d.TouchpointId is { } t ? touchpoints.GetValueOrDefault(t) : null),
                CsvText.Escape(d.MetricId is { } mm ? metrics.GetValueOrDefault(mm) : null),
                CsvNumber.Format(d.BaselineValue),
                CsvNumber.Format(d.ExpectedChange),
                CsvNumber.Format(d.ExpectedBy),
                CsvNumber.Format(latestValue),
                d.Outcome is { } o ? Wire(o) : "") + "\n");
        }
    }

    public static string Status(Decision d, DateOnly asOf) => d.Status switch
    {
        DecisionStatus.Open when d.DueDate < asOf => "overdue",
        var s => s.ToString().ToLowerInvariant(),
    };

    /// <summary>moved_as_expected, moved_wrong_way, no_change, no_data.</summary>
    public static string Wire(Cards.Agenda.MoveOutcome outcome) => outcome switch
    {
        Cards.Agenda.MoveOutcome.MovedAsExpected => "moved_as_expected",
        Cards.Agenda.MoveOutcome.MovedWrongWay => "moved_wrong_way",
        Cards.Agenda.MoveOutcome.NoChange => "no_change",
        Cards.Agenda.MoveOutcome.NoData => "no_data",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };
}
