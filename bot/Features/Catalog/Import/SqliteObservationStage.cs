using System.Data.Common;
using System.Globalization;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>SQLite: one prepared insert reused for every row (the fastest path SQLite offers), then set-based SQL.</summary>
internal sealed class SqliteObservationStage(DbConnection connection, DbTransaction transaction) : IObservationStage
{
    private DbCommand? _insert;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // A 64 MB page cache (the default is 2 MB) keeps index pages of big imports in memory: bounded, and much faster.
        await ExecuteAsync("""
            PRAGMA cache_size = -65536;
            DROP TABLE IF EXISTS temp.observation_stage;
            DROP TABLE IF EXISTS temp.observation_change;
            CREATE TEMP TABLE observation_stage (line INTEGER NOT NULL, touchpoint_id INTEGER NOT NULL,
                metric_id INTEGER NOT NULL, period_end TEXT NOT NULL, value REAL NOT NULL);
            """, cancellationToken);
        _insert = Command("INSERT INTO observation_stage VALUES ($l, $t, $m, $p, $v)");
        foreach (var name in new[] { "$l", "$t", "$m", "$p", "$v" })
        {
            var parameter = _insert.CreateParameter();
            parameter.ParameterName = name;
            _insert.Parameters.Add(parameter);
        }
        _insert.Prepare();
    }

    public ValueTask AddAsync(long line, long touchpointId, long metricId, DateOnly periodEnd, double value, CancellationToken cancellationToken)
    {
        var p = _insert!.Parameters;
        p[0].Value = line;
        p[1].Value = touchpointId;
        p[2].Value = metricId;
        // The same text EF Core's SQLite provider stores for a DateOnly.
        p[3].Value = periodEnd.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        p[4].Value = value;
        _insert.ExecuteNonQuery();
        return ValueTask.CompletedTask;
    }

    public async Task<IReadOnlyList<(long Line, long FirstLine)>> FindDuplicatesAsync(int max, CancellationToken cancellationToken)
    {
        await ExecuteAsync("CREATE INDEX temp.observation_stage_key ON observation_stage (metric_id, touchpoint_id, period_end, line)", cancellationToken);
        return await ObservationStageSql.ReadDuplicatesAsync(Command(ObservationStageSql.Duplicates(max)), cancellationToken);
    }

    public async Task<(long Inserted, long Updated)> MergeAsync(string tenantId, CancellationToken cancellationToken)
    {
        const string match = """
            o."TenantId" = $tenant AND o."MetricId" = s.metric_id AND o."TouchpointId" IS nullif(s.touchpoint_id, 0)
            AND o."PeriodEnd" = s.period_end
            """;
        // CROSS JOIN makes SQLite drive from the stage and look each row up by the full unique key; left to itself
        // the planner may scan the tenant's observations instead, which is quadratic on a re-import.
        await ExecuteAsync($"""
            CREATE TEMP TABLE observation_change (id INTEGER PRIMARY KEY, value REAL NOT NULL);
            INSERT INTO observation_change SELECT o."Id", s.value FROM observation_stage AS s CROSS JOIN observations AS o
            WHERE {match} AND o."Value" IS NOT s.value;
            """, cancellationToken, tenantId);
        var updated = await ExecuteAsync("""
            UPDATE observations SET "Value" = (SELECT c.value FROM observation_change AS c WHERE c.id = observations."Id")
            WHERE "Id" IN (SELECT id FROM observation_change)
            """, cancellationToken);
        var inserted = await ExecuteAsync($"""
            INSERT INTO observations ("TenantId", "PeriodEnd", "TouchpointId", "MetricId", "Value")
            SELECT $tenant, s.period_end, nullif(s.touchpoint_id, 0), s.metric_id, s.value FROM observation_stage AS s
            WHERE NOT EXISTS (SELECT 1 FROM observations AS o WHERE {match})
            """, cancellationToken, tenantId);
        await ExecuteAsync("DROP TABLE temp.observation_stage; DROP TABLE temp.observation_change", cancellationToken);
        return (inserted, updated);
    }

    public ValueTask DisposeAsync() => _insert?.DisposeAsync() ?? ValueTask.CompletedTask;

    private DbCommand Command(string sql)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.CommandTimeout = 0;
        return command;
    }

    private async Task<int> ExecuteAsync(string sql, CancellationToken cancellationToken, string? tenantId = null)
    {
        await using var command = Command(sql);
        if (tenantId is not null)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = "$tenant";
            parameter.Value = tenantId;
            command.Parameters.Add(parameter);
        }
        return await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
