using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Data;

internal sealed class SqliteCxDbContext(DbContextOptions<SqliteCxDbContext> options, TenantScope? tenantScope = null)
    : CxDbContext(options, tenantScope);
