namespace CxReviewBot.Features.Catalog.Admin;

/// <summary>The <c>Admin</c> section: <c>ApiKey</c> unlocks <c>/api/v1/…</c>; empty means the admin API does not exist.</summary>
internal sealed class AdminOptions
{
    public const string Section = "Admin";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string TenantHeader = "X-Tenant-Id";

    public string ApiKey { get; set; } = "";
}
