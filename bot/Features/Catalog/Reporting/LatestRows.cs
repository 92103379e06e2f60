using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;

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
    /// (tenant's metrics × its touchpoints and the business) seeks the unique index (tenant, metric, touchpoint,
    /// period) for its own latest points instead; a series without observations costs one empty seek.
    /// </summary>
    public static async Task<List<ObservationPoint>> ObservationsAsync(CxDbContext db, DateOnly asOf, int perSeries, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentTenantId;
        if (tenantId is null || perSeries < 1)
        {
            return [];
        }
        // SQLite has no LATERAL: the N-th latest period of the series bounds an index range instead (CROSS JOIN
        // fixes the join order, so the bound is computed once per series). PostgreSQL cannot use an index for
        // IS NOT DISTINCT FROM, so business-wide series (null touchpoint) get their own branch there.
        var query = db.Database.IsSqlite()
            ? db.Database.SqlQuery<ObservationPoint>($"""
                SELECT o."TouchpointId", o."MetricId", o."PeriodEnd", o."Value"
                FROM metrics AS m
                CROSS JOIN (SELECT "Id" FROM touchpoints WHERE "TenantId" = {tenantId} UNION ALL SELECT NULL) AS t
                CROSS JOIN observations AS o
                WHERE m."TenantId" = {tenantId}
                  AND o."TenantId" = {tenantId} AND o."MetricId" = m."Id" AND o."TouchpointId" IS t."Id" AND o."PeriodEnd" <= {asOf}
                  AND o."PeriodEnd" >= COALESCE((
                      SELECT i."PeriodEnd" FROM observations AS i
                      WHERE i."TenantId" = {tenantId} AND i."MetricId" = m."Id" AND i."TouchpointId" IS t."Id" AND i."PeriodEnd" <= {asOf}
                      ORDER BY i."PeriodEnd" DESC LIMIT 1 OFFSET {perSeries - 1}), {DateOnly.MinValue})
                """)
            : db.Database.SqlQuery<ObservationPoint>($"""
                SELECT l."TouchpointId", l."MetricId", l."PeriodEnd", l."Value"
                FROM metrics AS m
                CROSS JOIN touchpoints AS t
                CROSS JOIN LATERAL (
                    SELECT o."TouchpointId", o."MetricId", o."PeriodEnd", o."Value" FROM observations AS o
                    WHERE o."TenantId" = {tenantId} AND o."MetricId" = m."Id" AND o."TouchpointId" = t."Id" AND o."PeriodEnd" <= {asOf}
                    ORDER BY o."PeriodEnd" DESC LIMIT {perSeries}) AS l
                WHERE m."TenantId" = {tenantId} AND t."TenantId" = {tenantId}
                UNION ALL
                SELECT l."TouchpointId", l."MetricId", l."PeriodEnd", l."Value"
                FROM metrics AS m
                CROSS JOIN LATERAL (
                    SELECT o."TouchpointId", o."MetricId", o."PeriodEnd", o."Value" FROM observations AS o
                    WHERE o."TenantId" = {tenantId} AND o."MetricId" = m."Id" AND o."TouchpointId" IS NULL AND o."PeriodEnd" <= {asOf}
                    ORDER BY o."PeriodEnd" DESC LIMIT {perSeries}) AS l
                WHERE m."TenantId" = {tenantId}
                """);
        return await query.ToListAsync(cancellationToken);
    }

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
