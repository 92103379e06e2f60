namespace CxReviewBot.Hosting;

/// <summary>
/// The <c>Tenancy</c> section. <c>DefaultTenantId</c> is the tenant that CLI imports and the demo seed act for;
/// it falls back to <c>Bot:TenantId</c>, and in Development to the Agents Playground's tenant so the demo data
/// shows up there.
/// </summary>
internal sealed class TenancyOptions
{
    public const string Section = "Tenancy";
    public const string PlaygroundTenantId = "00000000-0000-0000-0000-0000000000001";

    public string DefaultTenantId { get; set; } = "";

    public static string? ResolveDefault(IConfiguration configuration, IHostEnvironment environment)
    {
        var configured = configuration[$"{Section}:DefaultTenantId"];
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return configured;
        }
        var botTenant = configuration[$"{BotOptions.Section}:TenantId"];
        if (!string.IsNullOrWhiteSpace(botTenant))
        {
            return botTenant;
        }
        return environment.IsDevelopment() ? PlaygroundTenantId : null;
    }
}
