using CxReviewBot.Data;
using CxReviewBot.Hosting;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Features.Actions;

/// <summary>
/// The chaser loop: every <see cref="ActionsOptions.ChaserInterval"/> it claims the actions whose next chase is due
/// (<see cref="ActionLeases"/>) and chases each in its own unit of work (<see cref="ActionChaseUnit"/>); a full batch
/// means more may be waiting, so the next pass starts at once.
/// </summary>
internal sealed class ActionChaser(IServiceScopeFactory scopes, TimeProvider time, IOptions<ActionsOptions> options, ILogger<ActionChaser> logger)
    : BackgroundService
{
    private readonly string _instance = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.ChaserEnabled)
        {
            return;
        }

        await PeriodicPasses.RunAsync(options.Value.ChaserInterval, time, DrainAsync, e => ActionsLog.PassFailed(logger, e), stoppingToken);
    }

    /// <summary>Passes until one claims less than a full batch, so a backlog does not wait for the next tick.</summary>
    private async Task DrainAsync(CancellationToken cancellationToken)
    {
        while (await RunOnceAsync(cancellationToken) >= options.Value.BatchSize && !cancellationToken.IsCancellationRequested)
        {
        }
    }

    /// <returns>How many actions this pass claimed.</returns>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken)
    {
        var token = $"{_instance}/{Guid.NewGuid():N}";
        IReadOnlyList<long> claimed;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
            claimed = await ActionLeases.ClaimAsync(db, token, time.GetUtcNow().UtcDateTime, options.Value.Lease, options.Value.BatchSize, cancellationToken);
            if (claimed.Count == 0)
            {
                return 0;
            }

            ActionsLog.Claimed(logger, claimed.Count, _instance);
            var tenants = await ActionTenants.OfAsync(db, claimed, cancellationToken);
            foreach (var id in claimed)
            {
                await ChaseOneAsync(id, tenants[id], token, cancellationToken);
            }
        }

        return claimed.Count;
    }

    private async Task ChaseOneAsync(long id, string tenantId, string token, CancellationToken cancellationToken)
    {
        try
        {
            using var scope = scopes.CreateScope();
            scope.ServiceProvider.GetRequiredService<TenantScope>().Set(tenantId);
            await scope.ServiceProvider.GetRequiredService<ActionChaseUnit>().RunAsync(id, token, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            ActionsLog.ActionFailed(logger, e, id);
        }
    }
}
