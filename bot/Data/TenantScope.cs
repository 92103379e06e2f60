namespace CxReviewBot.Data;

/// <summary>
/// The tenant the current unit of work acts for (from the validated activity, the admin token, or the CLI).
/// Scoped; until set, tenant-owned queries return nothing and tenant-owned inserts are refused.
/// </summary>
internal sealed class TenantScope
{
    public string? TenantId { get; private set; }

    public void Set(string tenantId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(tenantId);
        if (TenantId is not null && TenantId != tenantId)
        {
            throw new InvalidOperationException("The tenant of a unit of work cannot change.");
        }
        TenantId = tenantId;
    }
}
