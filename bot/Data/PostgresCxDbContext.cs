using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Data;

internal sealed class PostgresCxDbContext(DbContextOptions<PostgresCxDbContext> options, TenantScope? tenantScope = null)
    : CxDbContext(options, tenantScope);
