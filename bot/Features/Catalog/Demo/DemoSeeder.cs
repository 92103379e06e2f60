using System.Text;
using CxReviewBot.Data;
using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.Hosting;
using CxReviewBot.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Features.Catalog.Demo;

/// <summary>
/// Seeds the demo data set into the default tenant when it has no touchpoints yet, through the same importers
/// users run, so the seeded rows are exactly what importing samples/ gives.
/// </summary>
internal static class DemoSeeder
{
    public static async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var logger = scope.ServiceProvider.GetRequiredService<ILogger<DemoDataSet>>();
        var tenantId = scope.ServiceProvider.GetRequiredService<IOptions<TenancyOptions>>().Value.DefaultTenantId;
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            CatalogLog.DemoSeedNoTenant(logger);
            return;
        }
        scope.ServiceProvider.GetRequiredService<TenantScope>().Set(tenantId);
        if (await SeedIntoAsync(scope.ServiceProvider.GetRequiredService<CxDbContext>(), cancellationToken))
        {
            CatalogLog.DemoSeeded(logger, tenantId);
        }
        else
        {
            CatalogLog.DemoSeedSkipped(logger, tenantId);
        }
    }

    /// <summary>Seeds the db's current tenant unless it already has touchpoints; true when it seeded.</summary>
    public static async Task<bool> SeedIntoAsync(CxDbContext db, CancellationToken cancellationToken)
    {
        if (await db.Set<Touchpoint>().AnyAsync(cancellationToken))
        {
            return false;
        }
        await ImportAsync(new CatalogImporter(db), DemoDataSet.Build(), cancellationToken);
        return true;
    }

    public static async Task ImportAsync(CatalogImporter importer, DemoDataSet data, CancellationToken cancellationToken)
    {
        foreach (var (kind, fileName, csv) in data.Files())
        {
            using var stream = new MemoryStream(Encoding.UTF8.GetBytes(csv));
            var result = await importer.ImportAsync(kind, stream, null, cancellationToken);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException($"The demo {fileName} does not import: {string.Join("; ", result.Errors)}");
            }
        }
    }
}
