namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// The bulk path of the observation import, the one place SQLite and PostgreSQL need different SQL. Rows are
/// written inside the import's transaction; any error rolls them back. A touchpoint id of 0 means business-wide.
/// </summary>
internal interface IObservationWriter : IAsyncDisposable
{
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Adds the row when that needs no waiting; false means "call <see cref="AddAsync"/>".</summary>
    bool TryAdd(long line, ObservationRow row);

    ValueTask AddAsync(long line, ObservationRow row, CancellationToken cancellationToken);

    /// <summary>Pairs of (line, first line with the same key), in line order, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<(long Line, long FirstLine)>> FindDuplicatesAsync(int max, CancellationToken cancellationToken);

    /// <summary>Completes the upsert into <c>observations</c>; returns how many rows were inserted and updated.</summary>
    Task<(long Inserted, long Updated)> FinishAsync(string tenantId, CancellationToken cancellationToken);
}
