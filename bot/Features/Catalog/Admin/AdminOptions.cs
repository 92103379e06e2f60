namespace CxReviewBot.Features.Catalog.Admin;

/// <summary>The <c>Admin</c> section: <c>ApiKey</c> unlocks <c>/api/v1/…</c>; empty means the admin API does not exist.</summary>
internal sealed class AdminOptions
{
    public const string Section = "Admin";
    public const string ApiKeyHeader = "X-Api-Key";
    public const string TenantHeader = "X-Tenant-Id";

    public string ApiKey { get; set; } = "";

    /// <summary>Largest import body for observations, accounts and responses: 100 MB is about 2.5 million observation rows.</summary>
    public long MaxImportBytes { get; set; } = 100L * 1024 * 1024;

    /// <summary>Largest body for the catalogue files (touchpoints, metrics): tens of thousands of rows.</summary>
    public const long MaxCatalogBytes = 1024 * 1024;
}
