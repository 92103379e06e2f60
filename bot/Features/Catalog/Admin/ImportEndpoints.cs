using CxReviewBot.Data;
using CxReviewBot.Features.Catalog.Import;
using CxReviewBot.Hosting;
using CxReviewBot.Protocol.Activities;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Features.Catalog.Admin;

/// <summary>`POST /api/v1/import/{kind}` with a text/csv body: the CLI import over HTTP, same rules, same answers.</summary>
internal static class ImportEndpoints
{
    public static IEndpointRouteBuilder MapCatalogAdmin(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").AddEndpointFilter<AdminApiKeyFilter>();
        api.MapPost("/import/{kind}", ImportAsync);
        return app;
    }

    private static async Task<IResult> ImportAsync(string kind, HttpContext http, TenantScope tenant, CatalogImporter importer,
        IOptions<TenancyOptions> tenancy, IOptions<AdminOptions> admin, ILogger<CatalogImporter> logger, CancellationToken cancellationToken)
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
        if (tenantId.Length > ActivityTenant.MaxLength || !tenantId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '.' or '_'))
        {
            return Results.BadRequest(new { error = $"{AdminOptions.TenantHeader} is not a tenant id (letters, digits, '-', '.', '_', at most {ActivityTenant.MaxLength})" });
        }
        tenant.Set(tenantId);
        // Per kind: the catalogue files are small; a million observation rows are ~40 MB (Kestrel's default is 30 MB).
        var maxBytes = importKind is ImportKind.Touchpoints or ImportKind.Metrics ? AdminOptions.MaxCatalogBytes : admin.Value.MaxImportBytes;
        if (http.Request.ContentLength > maxBytes)
        {
            return TooLarge(logger, importKind, maxBytes);
        }
        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = maxBytes;
        }
        ImportResult result;
        try
        {
            result = await importer.ImportAsync(importKind, new CappedStream(http.Request.Body, maxBytes), null, cancellationToken);
        }
        catch (Exception e) when (e is BodyTooLargeException || (e is BadHttpRequestException { StatusCode: StatusCodes.Status413PayloadTooLarge }))
        {
            return TooLarge(logger, importKind, maxBytes);
        }
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

    private static IResult TooLarge(ILogger logger, ImportKind kind, long maxBytes)
    {
        CatalogLog.ImportTooLarge(logger, kind.Name(), maxBytes);
        return Results.Json(new { error = $"the {kind.Name()} file is over {maxBytes / (1024 * 1024)} MB; split it, or raise Admin:MaxImportBytes" },
            statusCode: StatusCodes.Status413PayloadTooLarge);
    }
}
