using CxReviewBot.Features.Catalog.Admin;
using CxReviewBot.Features.Catalog.Demo;
using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.Features.Catalog.Reporting;
using CxReviewBot.Hosting;
namespace CxReviewBot.Features.Catalog;

internal static class CatalogExtensions
{
    /// <summary>Importers, the admin API key option and the `import`, `report` and `demo` verbs.</summary>
    public static IServiceCollection AddCatalog(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AdminOptions>().Bind(configuration.GetSection(AdminOptions.Section));
        services.AddScoped<CatalogImporter>();
        services.AddCliVerb("import", ImportVerb.Usage, ImportVerb.RunAsync);
        services.AddCliVerb("report", ReportVerb.Usage, ReportVerb.RunAsync);
        services.AddCliVerb("demo", DemoExportVerb.Usage, DemoExportVerb.RunAsync);
        return services;
    }

    public static IEndpointRouteBuilder MapCatalog(this IEndpointRouteBuilder app) => app.MapCatalogAdmin();
}
