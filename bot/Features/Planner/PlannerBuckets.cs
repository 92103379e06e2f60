using CxReviewBot.Data;
using CxReviewBot.Graph;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Planner;

/// <summary>
/// The bucket of a touchpoint in a review's plan: remembered in review_planner_buckets; otherwise a bucket of that name
/// already in the plan is adopted (so a crash after creating one doesn't make a second), else one is created.
/// </summary>
internal sealed class PlannerBuckets(CxDbContext db, IGraphGateway gateway)
{
    public async Task<string> EnsureAsync(long reviewId, string planId, string touchpoint, CancellationToken cancellationToken)
    {
        var known = await FindAsync(reviewId, planId, touchpoint, cancellationToken);
        if (known is not null)
        {
            return known;
        }

        var existing = (await gateway.GetPlannerBucketsAsync(planId, cancellationToken))
            .FirstOrDefault(b => string.Equals(b.Name, touchpoint, StringComparison.OrdinalIgnoreCase));
        var bucketId = existing?.Id ?? (await gateway.CreatePlannerBucketAsync(planId, touchpoint, cancellationToken)).Id;
        var link = new PlannerBucketLink { ReviewId = reviewId, PlanId = planId, Touchpoint = touchpoint, BucketId = bucketId };
        db.Add(link);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return bucketId;
        }
        catch (DbUpdateException)
        {
            // Another instance remembered one first: use theirs.
            db.Entry(link).State = EntityState.Detached;
            return await FindAsync(reviewId, planId, touchpoint, cancellationToken) ?? bucketId;
        }
    }

    private Task<string?> FindAsync(long reviewId, string planId, string touchpoint, CancellationToken cancellationToken) =>
        db.Set<PlannerBucketLink>()
            .Where(b => b.ReviewId == reviewId && b.PlanId == planId && b.Touchpoint == touchpoint)
            .Select(b => b.BucketId).FirstOrDefaultAsync(cancellationToken);
}
