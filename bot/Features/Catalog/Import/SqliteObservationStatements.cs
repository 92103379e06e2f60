using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;
using CxReviewBot.Data;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CxReviewBot.Features.Catalog.Import;

/// <summary>
/// The observation writer's insert and upsert, each prepared once in a one-row and a <see cref="BatchRows"/>-row
/// form: SQLite runs a multi-row VALUES as one statement, so the per-statement work (and each call into SQLite) is
/// paid once per batch. Both count inserted and changed rows together; <see cref="CountRows"/> before and after
/// tells them apart.
/// Parameters: ?1 tenant, then per row metric, touchpoint (0: business-wide), period end (the text EF Core stores
/// for a DateOnly) and value.
/// </summary>
internal sealed unsafe class SqliteObservationStatements : IDisposable
{
    public const int BatchRows = 64;
    private const int DateLength = 10;
    private const string Columns = """INSERT INTO observations ("MetricId", "TouchpointId", "PeriodEnd", "Value", "TenantId") VALUES """;
    private const string SetChangedValues = """ON CONFLICT ("MetricId", "TouchpointId", "PeriodEnd") DO UPDATE SET "Value" = excluded."Value" WHERE "Value" <> excluded."Value" """;

    private readonly SqliteConnection _connection;
    private readonly List<sqlite3_stmt> _statements = [];
    private readonly (nint One, nint Batch) _insert;
    private readonly (nint One, nint Batch) _upsert;
    private readonly nint _count;
    private readonly byte* _dates = (byte*)NativeMemory.Alloc(BatchRows * DateLength);

    public SqliteObservationStatements(SqliteConnection connection, string tenantId)
    {
        _connection = connection;
        _insert = (Prepare(Insert(1, "ON CONFLICT DO NOTHING"), tenantId), Prepare(Insert(BatchRows, "ON CONFLICT DO NOTHING"), tenantId));
        _upsert = (Prepare(Insert(1, SetChangedValues), tenantId), Prepare(Insert(BatchRows, SetChangedValues), tenantId));
        // The whole table: inside the import's transaction no one else writes, and SQLite counts a b-tree's cells
        // page by page, so this costs milliseconds where counting the tenant's rows would read each of them.
        _count = Prepare("SELECT count(*) FROM observations", tenantId: null);
    }

    /// <summary>Inserts the rows with new keys; returns how many it did. Cheaper than <see cref="Upsert"/> for new rows.</summary>
    public int InsertNew(ReadOnlySpan<ObservationRow> rows) => Run(_insert, rows);

    /// <summary>Inserts the rows with new keys and sets the value of those stored with another; returns how many it did.</summary>
    public int Upsert(ReadOnlySpan<ObservationRow> rows) => Run(_upsert, rows);

    public long CountRows()
    {
        var result = SqliteExports.Step(_count);
        var count = result == SqliteExports.Row ? SqliteExports.ColumnInt64(_count, 0) : throw Failure(result);
        SqliteExports.Reset(_count);
        return count;
    }

    public void Dispose()
    {
        foreach (var statement in _statements)
        {
            statement.Dispose();
        }
        _statements.Clear();
        NativeMemory.Free(_dates);
    }

    private static string Insert(int rows, string conflict)
    {
        var sql = new StringBuilder(Columns);
        for (var row = 0; row < rows; row++)
        {
            var first = 2 + (row * 4);
            sql.Append(row == 0 ? "" : ", ").Append($"(?{first}, ?{first + 1}, ?{first + 2}, ?{first + 3}, ?1)");
        }
        return sql.Append(' ').Append(conflict).ToString();
    }

    private int Run((nint One, nint Batch) statement, ReadOnlySpan<ObservationRow> rows)
    {
        var changed = 0;
        while (rows.Length >= BatchRows)
        {
            changed += Run(statement.Batch, rows[..BatchRows]);
            rows = rows[BatchRows..];
        }
        foreach (var row in rows)
        {
            changed += Run(statement.One, new ReadOnlySpan<ObservationRow>(in row));
        }
        return changed;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private int Run(nint statement, ReadOnlySpan<ObservationRow> rows)
    {
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var first = 2 + (i * 4);
            var date = _dates + (i * DateLength);
            WriteIsoDate(row.PeriodEnd, date);
            SqliteExports.BindInt64(statement, first, row.MetricId);
            SqliteExports.BindInt64(statement, first + 1, row.TouchpointId);
            SqliteExports.BindStaticText(statement, first + 2, date, DateLength);
            SqliteExports.BindDouble(statement, first + 3, row.Value);
        }
        var result = SqliteExports.Step(statement);
        SqliteExports.Reset(statement);
        return result == SqliteExports.Done ? SqliteExports.Changes(_connection.Handle!.DangerousGetHandle()) : throw Failure(result);
    }

    /// <summary>yyyy-MM-dd, as EF Core stores a DateOnly in SQLite.</summary>
    private static void WriteIsoDate(DateOnly date, byte* text)
    {
        WriteDigits(date.Year, text, 4);
        text[4] = (byte)'-';
        WriteDigits(date.Month, text + 5, 2);
        text[7] = (byte)'-';
        WriteDigits(date.Day, text + 8, 2);
    }

    private static void WriteDigits(int value, byte* text, int digits)
    {
        for (var i = digits - 1; i >= 0; i--)
        {
            text[i] = (byte)('0' + (value % 10));
            value /= 10;
        }
    }

    private nint Prepare(string sql, string? tenantId)
    {
        var result = raw.sqlite3_prepare_v2(_connection.Handle, sql, out var statement);
        if (result != raw.SQLITE_OK)
        {
            throw Failure(result);
        }
        _statements.Add(statement);
        if (tenantId is not null)
        {
            // Bindings outlive resets: the tenant is bound once.
            raw.sqlite3_bind_text(statement, 1, tenantId);
        }
        return statement.DangerousGetHandle();
    }

    private SqliteException Failure(int result) => SqliteExports.Failure(_connection, result);
}
