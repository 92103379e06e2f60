using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace CxReviewBot.TestKit;

/// <summary>
/// Fresh migrated databases for store tests, on SQLite (temp file) and PostgreSQL (a new database on the server
/// named by <c>CXREVIEW_TEST_POSTGRES</c>; `tools/start-test-postgres.sh` starts one). Without that variable
/// PostgreSQL cases are skipped locally, but fail when <c>CI=true</c>: CI must test both providers.
/// </summary>
internal static class TestDatabases
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string PostgresEnvironmentVariable = "CXREVIEW_TEST_POSTGRES";

    public static string? PostgresConnectionString => Environment.GetEnvironmentVariable(PostgresEnvironmentVariable) is { Length: > 0 } cs ? cs : null;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why PostgreSQL cases are skipped, or null when they run (or must run, on CI).</summary>
    public static string? PostgresSkipReason => PostgresConnectionString is null && !IsCi
        ? $"{PostgresEnvironmentVariable} is not set (run tools/start-test-postgres.sh and export it)"
        : null;

    public static async Task<TestDatabase> CreateAsync(string provider)
    {
        var database = provider switch
        {
            Sqlite => TestDatabase.Sqlite(Path.Combine(Path.GetTempPath(), $"cxtest-{Guid.NewGuid():N}.db")),
            Postgres => await CreatePostgresAsync(),
            _ => throw new ArgumentOutOfRangeException(nameof(provider), provider, "Sqlite or Postgres"),
        };
        await using var db = database.Context(null);
        await db.Database.MigrateAsync();
        return database;
    }

    private static async Task<TestDatabase> CreatePostgresAsync()
    {
        var admin = PostgresConnectionString
            ?? throw new InvalidOperationException($"CI=true but {PostgresEnvironmentVariable} is not set: PostgreSQL tests cannot run.");
        var name = $"cxtest_{Guid.NewGuid():N}";
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", connection);
        await create.ExecuteNonQueryAsync();
        return TestDatabase.Postgres(admin, name);
    }
}
