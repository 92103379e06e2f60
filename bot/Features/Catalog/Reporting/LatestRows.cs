using System.Data.Common;
using System.Globalization;
using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;

namespace CxReviewBot.Features.Catalog.Reporting;

/// <summary>
/// "Latest N per series" in SQL, which EF cannot translate from GroupBy/Take. Raw SQL skips the tenant query filter,
/// so the tenant is passed explicitly.
/// </summary>
internal static class LatestRows
{
    /// <summary>
    /// Every series' latest <paramref name="perSeries"/> points on or before <paramref name="asOf"/>. A window
    /// (ROW_NUMBER) over all observations cost ~0.3 s at 500 touchpoints × 104 weeks, so each candidate series
    /// (tenant's metrics × its touchpoints and the business) seeks the key (metric, touchpoint, period) for its own
    /// latest points instead; a series without observations costs one empty seek.
    /// </summary>
    public static async Task<List<ObservationPoint>> ObservationsAsync(CxDbContext db, DateOnly asOf, int perSeries, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentTenantId;
        if (tenantId is null || perSeries < 1)
        {
            return [];
        }
        // Business-wide series are stored with touchpoint 0 (Observation.BusinessWide). SQLite has no LATERAL: the
        // N-th latest period of the series bounds a key range instead (CROSS JOIN fixes the join order, so the bound
        // is computed once per series); on its WITHOUT ROWID table both are seeks in one b-tree that holds the values.
        var sqlite = db.Database.IsSqlite();
        var sql = sqlite
            ? """
                SELECT o."TouchpointId", o."MetricId", o."PeriodEnd", o."Value"
                FROM metrics AS m
                CROSS JOIN (SELECT "Id" FROM touchpoints WHERE "TenantId" = @tenant UNION ALL SELECT 0) AS t
                CROSS JOIN observations AS o
                WHERE m."TenantId" = @tenant
                  AND o."MetricId" = m."Id" AND o."TouchpointId" = t."Id" AND o."PeriodEnd" <= @asOf AND o."TenantId" = @tenant
                  AND o."PeriodEnd" >= COALESCE((
                      SELECT i."PeriodEnd" FROM observations AS i
                      WHERE i."MetricId" = m."Id" AND i."TouchpointId" = t."Id" AND i."PeriodEnd" <= @asOf
                      ORDER BY i."PeriodEnd" DESC LIMIT 1 OFFSET @skip), '0001-01-01')
                """
            : """
                SELECT l."TouchpointId", l."MetricId", l."PeriodEnd", l."Value"
                FROM metrics AS m
                CROSS JOIN (SELECT "Id" FROM touchpoints WHERE "TenantId" = @tenant UNION ALL SELECT 0) AS t
                CROSS JOIN LATERAL (
                    SELECT o."TouchpointId", o."MetricId", o."PeriodEnd", o."Value" FROM observations AS o
                    WHERE o."MetricId" = m."Id" AND o."TouchpointId" = t."Id" AND o."PeriodEnd" <= @asOf AND o."TenantId" = @tenant
                    ORDER BY o."PeriodEnd" DESC LIMIT @take) AS l
                WHERE m."TenantId" = @tenant
                """;
        // A plain reader, not SqlQuery: EF's materializer (and SQLite's general date parsing) doubled the cost of
        // the 24,000 rows a 500-touchpoint agenda reads.
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
            Add(command, "@tenant", tenantId);
            Add(command, "@asOf", sqlite ? asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : asOf);
            Add(command, sqlite ? "@skip" : "@take", sqlite ? perSeries - 1 : perSeries);
            var points = new List<ObservationPoint>();
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                points.Add(new ObservationPoint
                {
                    TouchpointId = reader.GetInt64(0) is var touchpoint && touchpoint != Observation.BusinessWide ? touchpoint : null,
                    MetricId = reader.GetInt64(1),
                    PeriodEnd = sqlite ? IsoDate(reader.GetString(2)) : reader.GetFieldValue<DateOnly>(2),
                    Value = reader.GetDouble(3),
                });
            }
            return points;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    /// <summary>EF stores a DateOnly in SQLite as yyyy-MM-dd text.</summary>
    private static DateOnly IsoDate(string text) => text.Length == 10 && text[4] == '-' && text[7] == '-'
        ? new DateOnly(int.Parse(text.AsSpan(0, 4), CultureInfo.InvariantCulture), int.Parse(text.AsSpan(5, 2), CultureInfo.InvariantCulture), int.Parse(text.AsSpan(8, 2), CultureInfo.InvariantCulture))
        : DateOnly.Parse(text, CultureInfo.InvariantCulture);

    public static async Task<List<ResponsePoint>> ResponsesAsync(CxDbContext db, DateOnly asOf, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentTenantId;
        if (tenantId is null)
        {
            return [];
        }
        return await db.Database.SqlQuery<ResponsePoint>($"""
            SELECT "CustomerAccountId", "TouchpointId", "MetricId", "Score" FROM (
                SELECT r."CustomerAccountId", r."TouchpointId", r."MetricId", r."Score",
                       ROW_NUMBER() OVER (PARTITION BY r."CustomerAccountId", r."TouchpointId", r."MetricId"
                                          ORDER BY r."RespondedOn" DESC) AS rank
                FROM survey_responses AS r
                WHERE r."TenantId" = {tenantId} AND r."RespondedOn" <= {asOf}) AS ranked
            WHERE rank = 1
            """).ToListAsync(cancellationToken);
    }
}
