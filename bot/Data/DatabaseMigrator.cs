using CxReviewBot.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Data;

internal static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
        await RefuseUnknownHistoryAsync(db, cancellationToken);
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Persistent per database file; see SqliteConnectionTuning.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
    }

    /// <summary>
    /// A database made by a pre-release build whose migrations were later squashed records migrations this build
    /// does not have; EF Core would try to create every table again and fail with "table already exists".
    /// </summary>
    private static async Task RefuseUnknownHistoryAsync(CxDbContext db, CancellationToken cancellationToken)
    {
        var known = db.Database.GetMigrations().ToHashSet(StringComparer.Ordinal);
        var unknown = (await db.Database.GetAppliedMigrationsAsync(cancellationToken)).Where(id => !known.Contains(id)).ToList();
        if (unknown.Count > 0)
        {
            var where = db.Database.GetDbConnection() is var connection && db.Database.IsSqlite() ? connection.DataSource : connection.Database;
            throw new CliException(
                $"the database '{where}' was made by an earlier development build (its migrations {string.Join(", ", unknown)} are not in " +
                "this build) and cannot be upgraded in place; move it aside (the default SQLite file holds only demo data unless you " +
                "imported your own) or point ConnectionStrings:CxReview at a new database");
        }
    }

    public static IServiceCollection AddMigrateVerb(this IServiceCollection services) =>
        services.AddCliVerb("migrate", "migrate", async (provider, _, ct) =>
        {
            await MigrateAsync(provider, ct);
            Console.WriteLine("database migrated");
            return 0;
        });
}
