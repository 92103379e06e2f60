using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace CxReviewBot.Data;

// dotnet-ef builds each provider's context here; the connection strings only matter for `database update`.
internal sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteCxDbContext>
{
    public SqliteCxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteCxDbContext>().UseSqlite("Data Source=design.db").Options);
}

internal sealed class PostgresDesignTimeFactory : IDesignTimeDbContextFactory<PostgresCxDbContext>
{
    public PostgresCxDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresCxDbContext>().UseNpgsql("Host=localhost;Database=cxreview_design").Options);
}
