using CxReviewBot.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CxReviewBot.TestKit;

/// <summary>A fresh, migrated database for one test: a temp SQLite file or a new PostgreSQL database.</summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly string? _sqliteFile;
    private readonly string? _postgresAdmin;
    private readonly string? _postgresName;

    private TestDatabase(string provider, string connectionString, string? sqliteFile, string? postgresAdmin, string? postgresName)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _sqliteFile = sqliteFile;
        _postgresAdmin = postgresAdmin;
        _postgresName = postgresName;
    }

    public string Provider { get; }
    public string ConnectionString { get; }
    public bool IsPostgres => Provider == TestDatabases.Postgres;

    public static TestDatabase Sqlite(string file) =>
        new(TestDatabases.Sqlite, new SqliteConnectionStringBuilder { DataSource = file, Pooling = false }.ToString(), file, null, null);

    public static TestDatabase Postgres(string adminConnectionString, string name) =>
        new(TestDatabases.Postgres, new NpgsqlConnectionStringBuilder(adminConnectionString) { Database = name }.ToString(), null, adminConnectionString, name);

    /// <summary>A new context acting for <paramref name="tenantId"/> (null: no tenant, as before sign-in).</summary>
    public CxDbContext Context(string? tenantId)
    {
        var scope = new TenantScope();
        if (tenantId is not null)
        {
            scope.Set(tenantId);
        }
        return IsPostgres
            ? new PostgresCxDbContext(new DbContextOptionsBuilder<PostgresCxDbContext>().UseNpgsql(ConnectionString).Options, scope)
            : new SqliteCxDbContext(new DbContextOptionsBuilder<SqliteCxDbContext>().UseSqlite(ConnectionString).Options, scope);
    }

    /// <summary>Configuration values that point the bot host at this database.</summary>
    public IReadOnlyDictionary<string, string?> HostSettings => new Dictionary<string, string?>
    {
        ["ConnectionStrings:CxReview"] = ConnectionString,
        ["Database:Provider"] = Provider,
    };

    public async ValueTask DisposeAsync()
    {
        if (_sqliteFile is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var file in new[] { _sqliteFile, _sqliteFile + "-wal", _sqliteFile + "-shm" })
            {
                File.Delete(file);
            }
        }
        if (_postgresAdmin is not null)
        {
            NpgsqlConnection.ClearAllPools();
            await using var admin = new NpgsqlConnection(_postgresAdmin);
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{_postgresName}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
