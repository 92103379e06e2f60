using System.Globalization;
using CxReviewBot.Cards.Agenda;
using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Hosting;
using CxReviewBot.Metrics;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Features.Judge;

/// <summary>
/// Judges "did it move?" once a decision's ExpectedBy date has passed (today in the review's zone is after it):
/// the latest observation of the targeted series (metric and touchpoint; business-wide when no touchpoint) dated on or
/// before today and after the baseline's period goes through <see cref="MoveRule"/>. The verdict and a Judged change
/// row are saved together; the decision's Version makes a second instance's save fail, so each verdict is written once.
/// "No data" is re-checked for <see cref="MoveRule.NoDataGraceDays"/> days, then stands.
/// </summary>
internal sealed class MoveJudge(IServiceScopeFactory scopes, TimeProvider time, IOptions<JudgeOptions> options, ILogger<MoveJudge> logger)
    : BackgroundService
{
    public const string JudgeName = "CX Review Bot";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            return;
        }
        await PeriodicPasses.RunAsync(options.Value.SchedulerInterval, time, RunOnceAsync, e => JudgeLog.PassFailed(logger, e, "judge"), stoppingToken);
    }

    /// <returns>How many verdicts this pass wrote.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        // A day of slack either side of UTC covers every zone; the exact check happens per decision.
        var latestDue = DateOnly.FromDateTime(now);
        var earliestRecheck = latestDue.AddDays(-MoveRule.NoDataGraceDays - 2);
        List<(long Id, string TenantId)> candidates;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
            candidates = (await db.Set<Decision>().IgnoreQueryFilters().AsNoTracking()
                .Where(d => d.Status != DecisionStatus.Cancelled && d.MetricId != null && d.ExpectedBy != null && d.ExpectedBy < latestDue
                    && (d.Outcome == null || (d.Outcome == MoveOutcome.NoData && d.ExpectedBy >= earliestRecheck)))
                .Select(d => new { d.Id, d.TenantId }).ToListAsync(cancellationToken))
                .Select(d => (d.Id, d.TenantId)).ToList();
        }
        var written = 0;
        foreach (var (id, tenantId) in candidates)
        {
            written += await JudgeAsync(id, tenantId, now, cancellationToken) ? 1 : 0;
        }
        return written;
    }

    private async Task<bool> JudgeAsync(long decisionId, string tenantId, DateTime now, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Set(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
        var decision = await db.Set<Decision>().SingleAsync(d => d.Id == decisionId, cancellationToken);
        var review = await db.Set<Review>().AsNoTracking().SingleAsync(r => r.Id == decision.ReviewId, cancellationToken);
        var today = ReviewClock.DateIn(review, now);
        if (decision.ExpectedBy is not { } by || by >= today
            || (decision.Outcome == MoveOutcome.NoData && by.AddDays(MoveRule.NoDataGraceDays) < today)
            || await db.Set<Metric>().AsNoTracking().SingleOrDefaultAsync(m => m.Id == decision.MetricId, cancellationToken) is not { } metric)
        {
            return false;
        }
        var after = decision.BaselinePeriodEnd ?? DateOnly.MinValue;
        var latest = await db.Set<Observation>().AsNoTracking()
            .Where(o => o.MetricId == metric.Id && o.TouchpointId == (decision.TouchpointId ?? Observation.BusinessWide) && o.PeriodEnd <= today && o.PeriodEnd > after)
            .OrderByDescending(o => o.PeriodEnd).FirstOrDefaultAsync(cancellationToken);
        var outcome = MoveRule.Judge(decision.BaselineValue, latest?.Value, decision.ExpectedChange, metric.HigherIsBetter);
        if (outcome == decision.Outcome)
        {
            return false;
        }
        var old = decision.Outcome;
        decision.Outcome = outcome;
        decision.OutcomeValue = latest?.Value;
        decision.OutcomePeriodEnd = latest?.PeriodEnd;
        decision.OutcomeJudgedAtUtc = now;
        decision.Version++;
        db.Add(new DecisionChange
        {
            DecisionId = decision.Id,
            AtUtc = now,
            ByName = JudgeName,
            Kind = DecisionChangeKind.Judged,
            Field = nameof(Decision.Outcome),
            OldValue = old?.ToString(),
            NewValue = Evidence(outcome, decision.BaselineValue, latest),
        });
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            JudgeLog.JudgeConflict(logger, decision.Id);
            return false;
        }
        JudgeLog.Judged(logger, decision.Id, outcome);
        return true;
    }

    private static string Evidence(MoveOutcome outcome, double? baseline, Observation? latest) => latest is null
        ? $"{outcome}: no value after the baseline"
        : string.Create(CultureInfo.InvariantCulture,
            $"{outcome}: {CsvNumber.Format(latest.Value)} for {CsvNumber.Format(latest.PeriodEnd)} vs baseline {(baseline is null ? "none" : CsvNumber.Format(baseline))}");
}
