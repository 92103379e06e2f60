using CxReviewBot.Data;
namespace CxReviewBot.Features.Catalog.Import;

/// <summary>The one entry point of every import (CLI verb, admin API, demo seed) for the db's current tenant.</summary>
internal sealed class CatalogImporter(CxDbContext db)
{
    public Task<ImportResult> ImportAsync(ImportKind kind, Stream csv, Action<string>? progress, CancellationToken cancellationToken) => kind switch
    {
        ImportKind.Touchpoints => new TouchpointImporter(db).ImportAsync(csv, cancellationToken),
        ImportKind.Metrics => new MetricImporter(db).ImportAsync(csv, cancellationToken),
        ImportKind.Observations => new ObservationImporter(db).ImportAsync(csv, progress, cancellationToken),
        ImportKind.Accounts => new AccountImporter(db).ImportAsync(csv, cancellationToken),
        ImportKind.Responses => new ResponseImporter(db).ImportAsync(csv, cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };
}
