using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Actions;

/// <summary>
/// Claims open actions whose next chase is due and whose lease is free or expired. PostgreSQL: one UPDATE over a
/// <c>FOR UPDATE SKIP LOCKED</c> sub-select, so concurrent instances take disjoint batches without waiting on each
/// other. SQLite (one writer at a time): a conditional UPDATE that re-checks the lease, so a row already claimed by
/// another instance is not taken again.
/// </summary>
internal static class ActionLeases
{
    public static async Task<IReadOnlyList<long>> ClaimAsync(CxDbContext db, string token, DateTime nowUtc, TimeSpan lease, int batch, CancellationToken cancellationToken)
    {
        var until = nowUtc + lease;
        if (db.Database.IsNpgsql())
        {
            return await db.Database.SqlQuery<long>($"""
                UPDATE action_items SET "LeaseOwner" = {token}, "LeaseUntilUtc" = {until}
                WHERE "Id" IN (
                    SELECT "Id" FROM action_items
                    WHERE "Status" = 'Open' AND "NextChaseUtc" <= {nowUtc} AND ("LeaseUntilUtc" IS NULL OR "LeaseUntilUtc" < {nowUtc})
                    ORDER BY "NextChaseUtc" LIMIT {batch}
                    FOR UPDATE SKIP LOCKED)
                RETURNING "Id" AS "Value"
                """).ToListAsync(cancellationToken);
        }

        var candidates = await Due(db, nowUtc).OrderBy(a => a.NextChaseUtc).Select(a => a.Id).Take(batch).ToListAsync(cancellationToken);
        if (candidates.Count == 0)
        {
            return [];
        }

        await Due(db, nowUtc).Where(a => candidates.Contains(a.Id)).ExecuteUpdateAsync(set => set
            .SetProperty(a => a.LeaseOwner, token)
            .SetProperty(a => a.LeaseUntilUtc, until), cancellationToken);
        return await db.Set<ActionItem>().IgnoreQueryFilters()
            .Where(a => candidates.Contains(a.Id) && a.LeaseOwner == token).Select(a => a.Id).ToListAsync(cancellationToken);
    }

    /// <summary>Gives a lease back without other changes (after a conflict), so the next pass can retry at once.</summary>
    public static Task<int> ReleaseAsync(CxDbContext db, long id, string token, CancellationToken cancellationToken) =>
        db.Set<ActionItem>().IgnoreQueryFilters().Where(a => a.Id == id && a.LeaseOwner == token)
            .ExecuteUpdateAsync(set => set.SetProperty(a => a.LeaseOwner, (string?)null).SetProperty(a => a.LeaseUntilUtc, (DateTime?)null), cancellationToken);

    private static IQueryable<ActionItem> Due(CxDbContext db, DateTime nowUtc) =>
        db.Set<ActionItem>().IgnoreQueryFilters().Where(a =>
            a.Status == ActionItemStatus.Open && a.NextChaseUtc <= nowUtc && (a.LeaseUntilUtc == null || a.LeaseUntilUtc < nowUtc));
}
