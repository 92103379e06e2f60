using CxReviewBot.Hosting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Data;

internal static class DataExtensions
{
    private static readonly SqliteConnectionTuning SqliteTuning = new();

    /// <summary>
    /// Registers both providers' contexts and resolves <see cref="CxDbContext"/> from <c>Database:Provider</c> when a
    /// scope asks for it, so configuration added late (tests, command line) is honoured.
    /// </summary>
    public static IServiceCollection AddCxData(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().Bind(configuration.GetSection(DatabaseOptions.Section));
        services.AddScoped<TenantScope>();
        services.AddDbContext<SqliteCxDbContext>((provider, db) => db.UseSqlite(SqliteConnectionString(provider)).AddInterceptors(SqliteTuning));
        services.AddDbContext<PostgresCxDbContext>((provider, db) => db.UseNpgsql(PostgresConnectionString(provider)));
        services.AddScoped<CxDbContext>(provider =>
            provider.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.Postgres
                ? provider.GetRequiredService<PostgresCxDbContext>()
                : provider.GetRequiredService<SqliteCxDbContext>());
        return services;
    }

    private static string SqliteConnectionString(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName);
        var connectionString = string.IsNullOrWhiteSpace(configured) ? DatabaseOptions.DefaultSqliteConnectionString : configured;
        SqliteFiles.EnsureDirectoryFor(connectionString);
        return connectionString;
    }

    private static string PostgresConnectionString(IServiceProvider provider)
    {
        var configured = provider.GetRequiredService<IConfiguration>().GetConnectionString(DatabaseOptions.ConnectionStringName);
        return string.IsNullOrWhiteSpace(configured) || configured.Contains("Data Source=", StringComparison.OrdinalIgnoreCase)
            ? throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:CxReview is not a PostgreSQL connection string.")
            : configured;
    }
}
