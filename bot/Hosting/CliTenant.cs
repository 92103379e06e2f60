using CxReviewBot.Data;
using CxReviewBot.Hosting;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Hosting;

/// <summary>The tenant CLI verbs and the demo seed act for: <see cref="TenancyOptions.DefaultTenantId"/>.</summary>
internal static class CliTenant
{
    public static string UseDefault(IServiceProvider services)
    {
        var tenantId = services.GetRequiredService<IOptions<TenancyOptions>>().Value.DefaultTenantId;
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            throw new CliException("no tenant configured: set Tenancy:DefaultTenantId or Bot:TenantId");
        }
        services.GetRequiredService<TenantScope>().Set(tenantId);
        return tenantId;
    }
}
