using CxReviewBot.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Data;

internal static class DataExtensions
{
    public static IServiceCollection AddCxData(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddScoped<TenantScope>();

        if (options.Provider == DatabaseProvider.Postgres)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException("Database:Provider is Postgres but ConnectionStrings:CxReview is empty.");
            }
            services.AddDbContext<CxDbContext, PostgresCxDbContext>(db => db.UseNpgsql(connectionString));
        }
        else
        {
            connectionString = string.IsNullOrWhiteSpace(connectionString)
                ? DatabaseOptions.DefaultSqliteConnectionString
                : connectionString;
            SqliteFiles.EnsureDirectoryFor(connectionString);
            services.AddDbContext<CxDbContext, SqliteCxDbContext>(db => db.UseSqlite(connectionString));
        }
        return services;
    }
}
