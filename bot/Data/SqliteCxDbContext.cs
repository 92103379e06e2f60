using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Migrations;

namespace CxReviewBot.Data;

internal sealed class SqliteCxDbContext(DbContextOptions<SqliteCxDbContext> options, TenantScope? tenantScope = null)
    : CxDbContext(options, tenantScope)
{
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) =>
        optionsBuilder.ReplaceService<IMigrationsSqlGenerator, WithoutRowidSqlGenerator>();
}
