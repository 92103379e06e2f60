using System.Globalization;
using CxReviewBot.Cards.Decisions;
using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Metrics;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Ledger;

/// <summary>
/// The ledger's rows: the latest <see cref="MaxDecisions"/> decisions of the given reviews, newest first, with the
/// touchpoint and metric names and "overdue" counted against today in each decision's review zone.
/// </summary>
internal static class LedgerQuery
{
    public const int MaxDecisions = 500;

    public static async Task<List<LedgerEntry>> EntriesAsync(CxDbContext db, IReadOnlyCollection<Review> reviews, DateTime nowUtc, CancellationToken cancellationToken)
    {
        var byId = reviews.ToDictionary(r => r.Id);
        var ids = byId.Keys.ToList();
        var decisions = await db.Set<Decision>().AsNoTracking().Where(d => ids.Contains(d.ReviewId))
            .OrderByDescending(d => d.RecordedAtUtc).ThenByDescending(d => d.Id).Take(MaxDecisions).ToListAsync(cancellationToken);
        var touchpoints = await db.Set<Touchpoint>().AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);
        var metrics = await db.Set<Metric>().AsNoTracking().ToDictionaryAsync(m => m.Id, m => m.Name, cancellationToken);
        return [.. decisions.Select(d => Entry(d, byId[d.ReviewId], touchpoints, metrics, nowUtc))];
    }

    public static LedgerEntry Entry(Decision d, Review review, IReadOnlyDictionary<long, string> touchpoints, IReadOnlyDictionary<long, string> metrics, DateTime nowUtc)
    {
        var today = ReviewClock.DateIn(review, nowUtc);
        var status = d.Status switch
        {
            DecisionStatus.Done => LedgerStatus.Done,
            DecisionStatus.Cancelled => LedgerStatus.Cancelled,
            _ => LedgerStatus.Open,
        };
        return new LedgerEntry(d.Id.ToString(CultureInfo.InvariantCulture), d.Text, d.OwnerName, d.DueDate, status)
        {
            Version = d.Version,
            DecidedOn = ReviewClock.DateIn(review, d.RecordedAtUtc),
            DaysOverdue = status == LedgerStatus.Open && d.DueDate < today ? today.DayNumber - d.DueDate.DayNumber : 0,
            ReviewName = review.Name,
            Touchpoint = d.TouchpointId is { } t ? touchpoints.GetValueOrDefault(t) : null,
            Metric = d.MetricId is { } m ? metrics.GetValueOrDefault(m) : null,
            Expected = Expected(d),
            Outcome = d.Outcome,
            AwaitsJudgement = d.MetricId is not null && d.ExpectedBy is not null && d.Status != DecisionStatus.Cancelled,
        };
    }

    /// <summary>"expected +0.3 by 2026-12-31", "expected by 2026-12-31", or null when neither was given.</summary>
    public static string? Expected(Decision d)
    {
        var change = d.ExpectedChange is { } c ? (c > 0 ? "+" : "") + CsvNumber.Format(c) : null;
        return (change, d.ExpectedBy) switch
        {
            (null, null) => null,
            (null, { } by) => $"expected by {CsvNumber.Format(by)}",
            ({ } x, null) => $"expected {x}",
            ({ } x, { } by) => $"expected {x} by {CsvNumber.Format(by)}",
        };
    }

    /// <summary>The reviews <paramref name="teamsUserId"/> (or the Entra id) is a member of, with their members.</summary>
    public static Task<List<Review>> ReviewsOfUserAsync(CxDbContext db, string teamsUserId, string? aadObjectId, CancellationToken cancellationToken) =>
        db.Set<Review>().Include(r => r.Members)
            .Where(r => r.Members.Any(m => m.TeamsUserId == teamsUserId || (aadObjectId != null && m.AadObjectId == aadObjectId)))
            .OrderBy(r => r.Name).ToListAsync(cancellationToken);
}
