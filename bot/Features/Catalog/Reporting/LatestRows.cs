using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Features.Catalog.Reporting;

/// <summary>
/// "Latest N per series" in SQL both providers run (ROW_NUMBER), which EF cannot translate from GroupBy/Take.
/// Raw SQL skips the tenant query filter, so the tenant is passed explicitly.
/// </summary>
internal static class LatestRows
{
    public static async Task<List<ObservationPoint>> ObservationsAsync(CxDbContext db, DateOnly asOf, int perSeries, CancellationToken cancellationToken)
    {
        var tenantId = db.CurrentTenantId;
        if (tenantId is null)
        {
            return [];
        }
        return await db.Database.SqlQuery<ObservationPoint>($"""
            SELECT "TouchpointId", "MetricId", "PeriodEnd", "Value" FROM (
                SELECT o."TouchpointId", o."MetricId", o."PeriodEnd", o."Value",
                       ROW_NUMBER() OVER (PARTITION BY o."MetricId", o."TouchpointId" ORDER BY o."PeriodEnd" DESC) AS rank
                FROM observations AS o
                WHERE o."TenantId" = {tenantId} AND o."PeriodEnd" <= {asOf}) AS ranked
            WHERE rank <= {perSeries}
            """).ToListAsync(cancellationToken);
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
