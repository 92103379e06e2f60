using CxReviewBot.Data;
using CxReviewBot.Hosting;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Features.Agenda;

/// <summary>
/// Posts each review's agenda at its lead time before the meeting. A post is claimed by inserting the occurrence row
/// in the same SaveChanges as its outbox message; the unique (review, occurrence) index makes a second instance's or
/// a restarted instance's claim fail, so each agenda goes out exactly once.
/// </summary>
internal sealed class AgendaScheduler(IServiceScopeFactory scopes, TimeProvider time, IOptions<AgendaOptions> options, ILogger<AgendaScheduler> logger)
    : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            return;
        }
        await PeriodicPasses.RunAsync(options.Value.SchedulerInterval, time, RunOnceAsync, e => AgendaLog.PassFailed(logger, e), stoppingToken);
    }

    /// <returns>How many agendas this pass claimed.</returns>
    public Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        ReviewSweep.RunAsync(scopes, TryPostAsync, (e, id) => AgendaLog.ReviewFailed(logger, e, id), cancellationToken);

    private async Task<bool> TryPostAsync(long reviewId, string tenantId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Set(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
        var review = await db.Set<Review>().Include(r => r.Members).SingleAsync(r => r.Id == reviewId, cancellationToken);
        var last = await db.Set<AgendaOccurrence>().Where(o => o.ReviewId == reviewId)
            .OrderByDescending(o => o.OccurrenceUtc).Select(o => (DateTime?)o.OccurrenceUtc).FirstOrDefaultAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var spec = new AgendaScheduleSpec(review.Weekday, review.MeetingTime, review.Zone, TimeSpan.FromHours(review.LeadTimeHours), review.ScheduleFromUtc);
        if (AgendaSchedule.Due(spec, last, now) is not { } due)
        {
            return false;
        }

        var key = AgendaOccurrence.OutboxKeyFor(review.Id, due.OccurrenceUtc);
        db.Add(new AgendaOccurrence
        {
            ReviewId = review.Id,
            OccurrenceUtc = due.OccurrenceUtc,
            PostAtUtc = due.PostAtUtc,
            ClaimedAtUtc = now,
            ClaimedBy = _instance,
            PostedLate = due.IsLate,
            OutboxKey = key,
        });
        var asOf = ReviewClock.DateIn(review, now);
        var note = due.IsLate ? AgendaPoster.LateNote(review, due.PostAtUtc) : null;
        await scope.ServiceProvider.GetRequiredService<AgendaPoster>().EnqueuePostAsync(review, key, AgendaPoster.OccurrenceToken(due.OccurrenceUtc), note, asOf, cancellationToken);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            AgendaLog.AlreadyClaimed(logger, review.Id, due.OccurrenceUtc);
            return false;
        }
        AgendaLog.Claimed(logger, review.Id, due.OccurrenceUtc, _instance, due.IsLate);
        return true;
    }
}
