using CxReviewBot.Data;
using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.Hosting;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Features.Catalog.Admin;

/// <summary>`POST /api/v1/import/{kind}` with a text/csv body: the CLI import over HTTP, same rules, same answers.</summary>
internal static class ImportEndpoints
{
    // An observations file of a million rows is ~40 MB; Kestrel's default body limit is 30 MB.
    private const long MaxBodyBytes = 1L << 30;

    public static IEndpointRouteBuilder MapCatalogAdmin(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter<AdminApiKeyFilter>();
        api.MapPost("/import/{kind}", ImportAsync);
        return app;
    }

    private static async Task<IResult> ImportAsync(string kind, HttpContext http, TenantScope tenant, CatalogImporter importer,
        IOptions<TenancyOptions> tenancy, ILogger<CatalogImporter> logger, CancellationToken cancellationToken)
    {
        if (!ImportKinds.TryParse(kind, out var importKind))
        {
            return Results.NotFound(new { error = $"unknown import kind '{kind}'; use {ImportKinds.Usage}" });
        }
        if (!string.Equals(http.Request.ContentType?.Split(';')[0].Trim(), "text/csv", StringComparison.OrdinalIgnoreCase))
        {
            return Results.Json(new { error = "send the CSV file as the body with Content-Type: text/csv" },
                statusCode: StatusCodes.Status415UnsupportedMediaType);
        }
        var tenantId = http.Request.Headers[AdminOptions.TenantHeader].ToString();
        tenantId = string.IsNullOrWhiteSpace(tenantId) ? tenancy.Value.DefaultTenantId : tenantId.Trim();
        if (string.IsNullOrWhiteSpace(tenantId))
        {
            return Results.BadRequest(new { error = $"no tenant: send {AdminOptions.TenantHeader}" });
        }
        tenant.Set(tenantId);
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }
        var result = await importer.ImportAsync(importKind, http.Request.Body, null, cancellationToken);
        if (!result.Succeeded)
        {
            CatalogLog.ImportRejected(logger, importKind.Name(), result.Errors.Count);
            return Results.BadRequest(new { errors = result.Errors, warnings = result.Warnings });
        }
        CatalogLog.Imported(logger, result.Summary);
        return Results.Ok(new
        {
            kind = importKind.Name(),
            rows = result.Rows,
            inserted = result.Inserted,
            updated = result.Updated,
            unchanged = result.Unchanged,
            warnings = result.Warnings,
            summary = result.Summary,
        });
    }
}
