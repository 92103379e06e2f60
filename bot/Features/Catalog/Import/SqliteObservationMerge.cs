using System.Data.Common;
using Microsoft.Data.Sqlite;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// Upserts the SQLite stage into <c>observations</c>. Rows with a touchpoint take one INSERT … ON CONFLICT in the
/// unique index's order; SQLite treats null touchpoints as distinct, so business-wide rows are matched by hand.
/// </summary>
internal sealed class SqliteObservationMerge(SqliteConnection connection, DbTransaction transaction)
{
    public async Task<(long Inserted, long Updated)> RunAsync(string tenantId, CancellationToken cancellationToken)
    {
        const string businessWide = """
            o."TenantId" = $tenant AND o."MetricId" = s.metric_id AND o."TouchpointId" IS NULL AND o."PeriodEnd" = s.period_end
            """;
        // CROSS JOIN makes SQLite drive from the stage and look each row up by the full unique key.
        await ExecuteAsync($"""
            CREATE TEMP TABLE observation_change (id INTEGER PRIMARY KEY, value REAL NOT NULL);
            INSERT INTO observation_change SELECT o."Id", s.value FROM observation_stage AS s CROSS JOIN observations AS o
            WHERE s.touchpoint_id = 0 AND {businessWide} AND o."Value" IS NOT s.value;
            """, tenantId, cancellationToken);
        long updated = await ExecuteAsync("""
            UPDATE observations SET "Value" = (SELECT c.value FROM observation_change AS c WHERE c.id = observations."Id")
            WHERE "Id" IN (SELECT id FROM observation_change)
            """, tenantId, cancellationToken);
        long inserted = await ExecuteAsync($"""
            INSERT INTO observations ("TenantId", "PeriodEnd", "TouchpointId", "MetricId", "Value")
            SELECT $tenant, s.period_end, NULL, s.metric_id, s.value FROM observation_stage AS s
            WHERE s.touchpoint_id = 0 AND NOT EXISTS (SELECT 1 FROM observations AS o WHERE {businessWide})
            """, tenantId, cancellationToken);
        // Ids are AUTOINCREMENT, so the rows the upsert inserts are exactly those above the current maximum.
        var before = await ScalarAsync("""SELECT coalesce(max("Id"), 0) FROM observations""", tenantId, cancellationToken);
        var changed = await ExecuteAsync("""
            INSERT INTO observations ("TenantId", "PeriodEnd", "TouchpointId", "MetricId", "Value")
            SELECT $tenant, s.period_end, s.touchpoint_id, s.metric_id, s.value FROM observation_stage AS s
            WHERE s.touchpoint_id <> 0 ORDER BY s.metric_id, s.touchpoint_id, s.period_end
            ON CONFLICT ("TenantId", "MetricId", "TouchpointId", "PeriodEnd")
            DO UPDATE SET "Value" = excluded."Value" WHERE "Value" IS NOT excluded."Value"
            """, tenantId, cancellationToken);
        var added = await ScalarAsync($"""SELECT count(*) FROM observations WHERE "Id" > {before}""", tenantId, cancellationToken);
        await ExecuteAsync("DROP TABLE temp.observation_stage; DROP TABLE temp.observation_change", tenantId, cancellationToken);
        return (inserted + added, updated + changed - added);
    }

    private SqliteCommand Command(string sql, string tenantId)
    {
        var command = connection.CreateCommand();
        command.Transaction = (SqliteTransaction)transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        if (sql.Contains("$tenant", StringComparison.Ordinal))
        {
            command.Parameters.AddWithValue("$tenant", tenantId);
        }
        return command;
    }

    private async Task<int> ExecuteAsync(string sql, string tenantId, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, tenantId);
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<long> ScalarAsync(string sql, string tenantId, CancellationToken cancellationToken)
    {
        await using var command = Command(sql, tenantId);
        return (long)(await command.ExecuteScalarAsync(cancellationToken))!;
    }
}
