using CxReviewBot.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Data;

internal static class DatabaseMigrator
{
    public static async Task MigrateAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<CxDbContext>();
        await db.Database.MigrateAsync(cancellationToken);
        if (db.Database.IsSqlite())
        {
            // Persistent per database file; see SqliteConnectionTuning.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
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
