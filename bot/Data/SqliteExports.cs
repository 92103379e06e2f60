using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace CxReviewBot.Data;

/// <summary>
/// The few SQLite C functions called per row where rows are many (the observation import, the agenda's latest
/// points), called directly on the statement's pointer. SQLitePCL's bindings wrap every call in SafeHandle
/// reference counting and marshalling stubs, which cost more than SQLite's own work there (and Microsoft.Data.Sqlite
/// adds ~15 µs per command run). The library is the one SQLitePCL loaded (e_sqlite3).
/// </summary>
internal static unsafe class SqliteExports
{
    public const int Row = 100;
    public const int Done = 101;

    /// <summary>SQLITE_STATIC: the text stays valid until the statement has run, so SQLite need not copy it.</summary>
    private const nint Static = 0;

    private static readonly nint Library = NativeLibrary.Load("e_sqlite3", typeof(SQLite3Provider_e_sqlite3).Assembly, null);
    private static readonly delegate* unmanaged<nint, int, long, int> BindInt64Export = (delegate* unmanaged<nint, int, long, int>)Export("sqlite3_bind_int64");
    private static readonly delegate* unmanaged<nint, int, double, int> BindDoubleExport = (delegate* unmanaged<nint, int, double, int>)Export("sqlite3_bind_double");
    private static readonly delegate* unmanaged<nint, int, byte*, int, nint, int> BindTextExport = (delegate* unmanaged<nint, int, byte*, int, nint, int>)Export("sqlite3_bind_text");
    private static readonly delegate* unmanaged<nint, int> StepExport = (delegate* unmanaged<nint, int>)Export("sqlite3_step");
    private static readonly delegate* unmanaged<nint, int> ResetExport = (delegate* unmanaged<nint, int>)Export("sqlite3_reset");
    private static readonly delegate* unmanaged<nint, int> ChangesExport = (delegate* unmanaged<nint, int>)Export("sqlite3_changes");
    private static readonly delegate* unmanaged<nint, int, long> ColumnInt64Export = (delegate* unmanaged<nint, int, long>)Export("sqlite3_column_int64");
    private static readonly delegate* unmanaged<nint, int, double> ColumnDoubleExport = (delegate* unmanaged<nint, int, double>)Export("sqlite3_column_double");
    private static readonly delegate* unmanaged<nint, int, byte*> ColumnTextExport = (delegate* unmanaged<nint, int, byte*>)Export("sqlite3_column_text");
    private static readonly delegate* unmanaged<nint, int, int> ColumnBytesExport = (delegate* unmanaged<nint, int, int>)Export("sqlite3_column_bytes");

    public static int BindInt64(nint statement, int index, long value) => BindInt64Export(statement, index, value);

    public static int BindDouble(nint statement, int index, double value) => BindDoubleExport(statement, index, value);

    /// <summary>Binds text that stays at <paramref name="text"/> until the statement is stepped.</summary>
    public static int BindStaticText(nint statement, int index, byte* text, int length) => BindTextExport(statement, index, text, length, Static);

    public static int Step(nint statement) => StepExport(statement);

    public static int Reset(nint statement) => ResetExport(statement);

    public static int Changes(nint database) => ChangesExport(database);

    public static long ColumnInt64(nint statement, int column) => ColumnInt64Export(statement, column);

    public static double ColumnDouble(nint statement, int column) => ColumnDoubleExport(statement, column);

    /// <summary>The column's UTF-8 text, valid until the statement steps again.</summary>
    public static ReadOnlySpan<byte> ColumnText(nint statement, int column)
    {
        var text = ColumnTextExport(statement, column);
        return new ReadOnlySpan<byte>(text, ColumnBytesExport(statement, column));
    }

    /// <summary>The connection's last error as the exception Microsoft.Data.Sqlite would throw.</summary>
    public static SqliteException Failure(SqliteConnection connection, int result) =>
        new(raw.sqlite3_errmsg(connection.Handle).utf8_to_string(), result);

    private static nint Export(string name) => NativeLibrary.GetExport(Library, name);
}
