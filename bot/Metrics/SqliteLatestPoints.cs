using System.Globalization;
using CxReviewBot.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CxReviewBot.Metrics;

/// <summary>
/// "Latest N per series" on SQLite, which has no LATERAL: one prepared statement run once per series, each a
/// backward walk from the as-of date along the table's key (metric, touchpoint, period), called directly (a
/// Microsoft.Data.Sqlite command run per series cost more than the walks). One statement over all series needed two
/// seeks per series (the N-th latest period, then the range up to it). Business-wide series are stored under
/// touchpoint 0 (Observation.BusinessWide) and returned without one. The rows are the tenant's because the metric
/// ids are: a metric belongs to one tenant, and its observations are written only through its tenant's names.
/// </summary>
internal static class SqliteLatestPoints
{
    private const string Sql = """
        SELECT "PeriodEnd", "Value" FROM observations
        WHERE "MetricId" = ?1 AND "TouchpointId" = ?2 AND "PeriodEnd" <= ?3
        ORDER BY "PeriodEnd" DESC LIMIT ?4
        """;

    public static List<ObservationPoint> Read(SqliteConnection connection, SqliteTransaction? transaction, string tenantId, DateOnly asOf, int perSeries)
    {
        var metrics = Ids(connection, transaction, """SELECT "Id" FROM metrics WHERE "TenantId" = $tenant""", tenantId);
        var touchpoints = Ids(connection, transaction, """SELECT "Id" FROM touchpoints WHERE "TenantId" = $tenant""", tenantId);
        touchpoints.Add(Observation.BusinessWide);
        var result = raw.sqlite3_prepare_v2(connection.Handle, Sql, out var prepared);
        using var statement = result == raw.SQLITE_OK ? prepared : throw SqliteExports.Failure(connection, result);
        raw.sqlite3_bind_text(statement, 3, asOf.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        raw.sqlite3_bind_int(statement, 4, perSeries);
        var handle = statement.DangerousGetHandle();
        var points = new List<ObservationPoint>(metrics.Count * touchpoints.Count * Math.Min(perSeries, 16));
        foreach (var metricId in metrics)
        {
            SqliteExports.BindInt64(handle, 1, metricId);
            foreach (var touchpointId in touchpoints)
            {
                SqliteExports.BindInt64(handle, 2, touchpointId);
                int step;
                while ((step = SqliteExports.Step(handle)) == SqliteExports.Row)
                {
                    points.Add(new ObservationPoint
                    {
                        TouchpointId = touchpointId == Observation.BusinessWide ? null : touchpointId,
                        MetricId = metricId,
                        PeriodEnd = IsoDate(SqliteExports.ColumnText(handle, 0)),
                        Value = SqliteExports.ColumnDouble(handle, 1),
                    });
                }
                SqliteExports.Reset(handle);
                if (step != SqliteExports.Done)
                {
                    throw SqliteExports.Failure(connection, step);
                }
            }
        }
        return points;
    }

    private static List<long> Ids(SqliteConnection connection, SqliteTransaction? transaction, string sql, string tenantId)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.Parameters.AddWithValue("$tenant", tenantId);
        using var reader = command.ExecuteReader();
        var ids = new List<long>();
        while (reader.Read())
        {
            ids.Add(reader.GetInt64(0));
        }
        return ids;
    }

    /// <summary>EF stores a DateOnly in SQLite as yyyy-MM-dd text, which the import's date rule reads.</summary>
    private static DateOnly IsoDate(ReadOnlySpan<byte> text) =>
        ObservationValues.TryDate(text, out var date) ? date : throw new FormatException("A stored period end is not a yyyy-MM-dd date.");

}
