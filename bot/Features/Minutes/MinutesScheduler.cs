using CxReviewBot.Data;
using CxReviewBot.Features.Decisions;
using CxReviewBot.Hosting;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Features.Minutes;

/// <summary>Posts each review's minutes once its meeting has ended, exactly once per meeting (see <see cref="MinutesPoster"/>).</summary>
internal sealed class MinutesScheduler(IServiceScopeFactory scopes, TimeProvider time, IOptions<MinutesOptions> options, ILogger<MinutesScheduler> logger)
    : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}:{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.SchedulerEnabled)
        {
            return;
        }
        await PeriodicPasses.RunAsync(options.Value.SchedulerInterval, time, RunOnceAsync, e => MinutesLog.PassFailed(logger, e, "minutes"), stoppingToken);
    }

    /// <returns>How many minutes this pass claimed.</returns>
    public Task<int> RunOnceAsync(CancellationToken cancellationToken) =>
        ReviewSweep.RunAsync(scopes, TryPostAsync, (e, id) => MinutesLog.MinutesFailed(logger, e, id), cancellationToken);

    private async Task<bool> TryPostAsync(long reviewId, string tenantId, CancellationToken cancellationToken)
    {
        using var scope = scopes.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Set(tenantId);
        var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
        var review = await db.Set<Review>().Include(r => r.Members).SingleAsync(r => r.Id == reviewId, cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var due = MinutesComposer.LastEnded(review, now);
        try
        {
            if (await scope.ServiceProvider.GetRequiredService<MinutesPoster>().TryClaimAsync(review, now, _instance, cancellationToken) is { } occurrence)
            {
                MinutesLog.MinutesClaimed(logger, review.Id, occurrence, _instance);
                return true;
            }
        }
        catch (DbUpdateException)
        {
            MinutesLog.MinutesAlreadyClaimed(logger, review.Id, due);
        }
        return false;
    }
}
