using CxReviewBot.Data;
using CxReviewBot.Data.Conversations;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Protocol.Routing;

/// <summary>
/// Teams re-delivers activities it thinks timed out (protocol.md §5.7); each (conversation, activity id) is
/// handled once. A re-delivered invoke gets the stored answer. A turn that failed is forgotten so a retry can run.
/// Only the taken key counts as "seen before"; any other database error fails the turn (500, so Teams retries).
/// </summary>
internal sealed class InboundDeduplicator(CxDbContext db, TimeProvider time)
{
    public static readonly TimeSpan Retention = TimeSpan.FromDays(2);

    /// <returns>Null when this is the first delivery; else the stored invoke answer (or "" when there is none).</returns>
    public async Task<string?> BeginAsync(string conversationId, string activityId, CancellationToken cancellationToken)
    {
        var record = new ProcessedActivity { ConversationId = conversationId, ActivityId = activityId, ReceivedAtUtc = time.GetUtcNow().UtcDateTime };
        if (await db.TryInsertAsync(record, cancellationToken))
        {
            return null;
        }
        var stored = await Matching(conversationId, activityId).AsNoTracking()
            .Select(a => a.InvokeResponseJson)
            .FirstOrDefaultAsync(cancellationToken);
        return stored ?? "";
    }

    public Task CompleteAsync(string conversationId, string activityId, string? invokeResponseJson, CancellationToken cancellationToken) =>
        Matching(conversationId, activityId).ExecuteUpdateAsync(set => set.SetProperty(a => a.InvokeResponseJson, invokeResponseJson), cancellationToken);

    public Task ForgetAsync(string conversationId, string activityId) =>
        Matching(conversationId, activityId).ExecuteDeleteAsync(CancellationToken.None);

    public Task<int> PurgeOlderThanAsync(DateTime cutoffUtc, CancellationToken cancellationToken) =>
        db.Set<ProcessedActivity>().Where(a => a.ReceivedAtUtc < cutoffUtc).ExecuteDeleteAsync(cancellationToken);

    private IQueryable<ProcessedActivity> Matching(string conversationId, string activityId) =>
        db.Set<ProcessedActivity>().Where(a => a.ConversationId == conversationId && a.ActivityId == activityId);
}
