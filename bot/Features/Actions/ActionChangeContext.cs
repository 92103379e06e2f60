using CxReviewBot.Data;
using CxReviewBot.Protocol.Routing;
using CxReviewBot.Reviews;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Actions;

/// <summary>What a card verb works on: the tracked action, its review (with members), the time and the chase timing.</summary>
internal sealed record ActionChangeContext(ActionItem Item, Review? Review, DateTimeOffset Now, ChaseTiming Timing)
{
    public const string Missing = "This action no longer exists.";

    public static async Task<ActionChangeContext?> LoadAsync(CxDbContext db, TimeProvider time, ChaseTiming timing, CardAction action, CancellationToken cancellationToken)
    {
        if (ActionVerbs.ActionIdOf(action) is not { } id)
        {
            return null;
        }

        var item = await db.Set<ActionItem>().SingleOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (item is null)
        {
            return null;
        }

        var review = item.ReviewId is { } reviewId
            ? await db.Set<Review>().Include(r => r.Members).SingleOrDefaultAsync(r => r.Id == reviewId, cancellationToken)
            : null;
        return new ActionChangeContext(item, review, time.GetUtcNow(), timing);
    }
}
