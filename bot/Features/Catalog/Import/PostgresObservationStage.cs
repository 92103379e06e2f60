using Npgsql;
using NpgsqlTypes;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>PostgreSQL: binary COPY into the stage, then one INSERT … ON CONFLICT that counts what it did.</summary>
internal sealed class PostgresObservationStage(NpgsqlConnection connection) : IObservationWriter
{
    private NpgsqlBinaryImporter? _copy;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await ExecuteAsync("""
            DROP TABLE IF EXISTS pg_temp.observation_stage;
            CREATE TEMP TABLE observation_stage (line bigint NOT NULL, touchpoint_id bigint NOT NULL,
                metric_id bigint NOT NULL, period_end date NOT NULL, value double precision NOT NULL) ON COMMIT DROP;
            """, cancellationToken);
        _copy = await connection.BeginBinaryImportAsync("COPY observation_stage FROM STDIN (FORMAT BINARY)", cancellationToken);
    }

    // Every row is a write to the COPY stream, which may wait on the network.
    public bool TryAdd(long line, ObservationRow row) => false;

    public async ValueTask AddAsync(long line, ObservationRow row, CancellationToken cancellationToken)
    {
        await _copy!.StartRowAsync(cancellationToken);
        await _copy.WriteAsync(line, NpgsqlDbType.Bigint, cancellationToken);
        await _copy.WriteAsync(row.TouchpointId, NpgsqlDbType.Bigint, cancellationToken);
        await _copy.WriteAsync(row.MetricId, NpgsqlDbType.Bigint, cancellationToken);
        await _copy.WriteAsync(row.PeriodEnd, NpgsqlDbType.Date, cancellationToken);
        await _copy.WriteAsync(row.Value, NpgsqlDbType.Double, cancellationToken);
        // COPY cannot check keys row by row; FindDuplicatesAsync does it afterwards.
    }

    public async Task<IReadOnlyList<(long Line, long FirstLine)>> FindDuplicatesAsync(int max, CancellationToken cancellationToken)
    {
        await _copy!.CompleteAsync(cancellationToken);
        await _copy.DisposeAsync();
        _copy = null;
        await ExecuteAsync("""
            CREATE INDEX ON observation_stage (metric_id, touchpoint_id, period_end, line);
            ANALYZE observation_stage;
            """, cancellationToken);
        return await ObservationStageSql.ReadDuplicatesAsync(Command(ObservationStageSql.Duplicates(max)), cancellationToken);
    }

    public async Task<(long Inserted, long Updated)> FinishAsync(string tenantId, CancellationToken cancellationToken)
    {
        await using var command = Command("""
            WITH merged AS (
                INSERT INTO observations ("MetricId", "TouchpointId", "PeriodEnd", "Value", "TenantId")
                SELECT metric_id, touchpoint_id, period_end, value, @tenant FROM observation_stage
                ON CONFLICT ("MetricId", "TouchpointId", "PeriodEnd")
                DO UPDATE SET "Value" = excluded."Value" WHERE observations."Value" IS DISTINCT FROM excluded."Value"
                RETURNING (xmax = 0) AS inserted)
            SELECT count(*) FILTER (WHERE inserted), count(*) FILTER (WHERE NOT inserted) FROM merged
            """);
        command.Parameters.AddWithValue("tenant", tenantId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return (reader.GetInt64(0), reader.GetInt64(1));
    }

    public async ValueTask DisposeAsync()
    {
        if (_copy is not null)
        {
            // Disposing an unfinished COPY cancels it; the surrounding transaction is then rolled back.
            await _copy.DisposeAsync();
        }
    }

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken)
    {
        await using var command = Command(sql);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    // A million-row merge outlasts the default 30 s command timeout; the caller's token is the limit instead.
    private NpgsqlCommand Command(string sql) => new(sql, connection) { CommandTimeout = 0 };
}
