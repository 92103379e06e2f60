using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Reviews;

/// <summary>
/// One background pass over every review of every tenant (the agenda and minutes schedulers): each review is tried
/// on its own, so one review's failure is logged and the others still run.
/// </summary>
internal static class ReviewSweep
{
    /// <returns>How many reviews <paramref name="tryReviewAsync"/> acted on.</returns>
    public static async Task<int> RunAsync(IServiceScopeFactory scopes, Func<long, string, CancellationToken, Task<bool>> tryReviewAsync,
        Action<Exception, long> onFailure, CancellationToken cancellationToken)
    {
        List<(long Id, string TenantId)> reviews;
        using (var scope = scopes.CreateScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
            reviews = (await db.Set<Review>().IgnoreQueryFilters().AsNoTracking().Select(r => new { r.Id, r.TenantId }).ToListAsync(cancellationToken))
                .Select(r => (r.Id, r.TenantId)).ToList();
        }
        var acted = 0;
        foreach (var (id, tenantId) in reviews)
        {
            try
            {
                acted += await tryReviewAsync(id, tenantId, cancellationToken) ? 1 : 0;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                onFailure(e, id);
            }
        }
        return acted;
    }
}
