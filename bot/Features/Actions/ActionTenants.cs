using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Actions;

/// <summary>The tenant of each claimed action: the chaser works across tenants, each action in its own tenant's scope.</summary>
internal static class ActionTenants
{
    public static async Task<IReadOnlyDictionary<long, string>> OfAsync(CxDbContext db, IReadOnlyList<long> ids, CancellationToken cancellationToken) =>
        await db.Set<ActionItem>().IgnoreQueryFilters().Where(a => ids.Contains(a.Id))
            .ToDictionaryAsync(a => a.Id, a => a.TenantId, cancellationToken);
}
