namespace CxReviewBot.Features.Catalog;

internal static partial class CatalogLog
{
    [LoggerMessage(EventId = 2010, Level = LogLevel.Information, Message = "{Summary}")]
    public static partial void Imported(ILogger logger, string summary);

    [LoggerMessage(EventId = 2011, Level = LogLevel.Warning, Message = "Import of {Kind} rejected with {ErrorCount} error(s); nothing was written")]
    public static partial void ImportRejected(ILogger logger, string kind, int errorCount);

    [LoggerMessage(EventId = 2012, Level = LogLevel.Warning, Message = "Admin API call to {Path} rejected: missing or wrong API key")]
    public static partial void AdminKeyRejected(ILogger logger, string path);

    [LoggerMessage(EventId = 2013, Level = LogLevel.Warning, Message = "Import of {Kind} refused: body over {MaxBytes} bytes; nothing was written")]
    public static partial void ImportTooLarge(ILogger logger, string kind, long maxBytes);

    [LoggerMessage(EventId = 2020, Level = LogLevel.Information, Message = "Demo data seeded for tenant {TenantId}")]
    public static partial void DemoSeeded(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 2021, Level = LogLevel.Information, Message = "Demo seed skipped: tenant {TenantId} already has touchpoints")]
    public static partial void DemoSeedSkipped(ILogger logger, string tenantId);

    [LoggerMessage(EventId = 2022, Level = LogLevel.Warning, Message = "Demo seed skipped: no default tenant (set Tenancy:DefaultTenantId)")]
    public static partial void DemoSeedNoTenant(ILogger logger);
}
