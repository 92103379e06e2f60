using CxReviewBot.Data;
using CxReviewBot.Outbox;

namespace CxReviewBot.Features.Decisions;

/// <summary>
/// Commits a decision change and what follows from it atomically. The follow-ups (the agenda's in-place update, the
/// owner's card) are built from the stored state, so the change is saved first, inside the same transaction.
/// </summary>
internal static class DecisionCommit
{
    public static async Task SaveAsync(CxDbContext db, OutboxSignal signal, Func<Task> followUps, CancellationToken cancellationToken)
    {
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            await db.SaveChangesAsync(cancellationToken);
            await followUps();
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
        }
        // SaveChanges already woke the dispatcher, but before the commit made the messages visible.
        signal.Notify();
    }
}
