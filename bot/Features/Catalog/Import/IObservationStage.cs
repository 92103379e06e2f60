namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// The bulk path of the observation import, the one place SQLite and PostgreSQL need different SQL: rows stream
/// into a temporary staging table inside the import's transaction, duplicates are found there, then one merge
/// upserts them into <c>observations</c>. A touchpoint id of 0 in the stage means business-wide (null).
/// </summary>
internal interface IObservationStage : IAsyncDisposable
{
    Task StartAsync(CancellationToken cancellationToken);

    /// <summary>Stages a row; returns the line of an earlier row with the same key when the stage can tell at once.</summary>
    ValueTask<long?> AddAsync(long line, ObservationRow row, CancellationToken cancellationToken);

    /// <summary>Pairs of (line, first line with the same key) not reported by AddAsync, at most <paramref name="max"/>.</summary>
    Task<IReadOnlyList<(long Line, long FirstLine)>> FindDuplicatesAsync(int max, CancellationToken cancellationToken);

    /// <summary>Upserts the stage into <c>observations</c> for the tenant; returns how many were inserted and updated.</summary>
    Task<(long Inserted, long Updated)> MergeAsync(string tenantId, CancellationToken cancellationToken);
}
