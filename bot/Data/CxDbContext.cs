using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CxReviewBot.Data;

/// <summary>
/// The one store. Entity configurations live beside their features (IEntityTypeConfiguration) and are picked up
/// from this assembly. Provider-specific subclasses exist only so each provider keeps its own migrations.
/// Every <see cref="ITenantOwned"/> entity gets a query filter on the current <see cref="TenantScope"/>, and
/// inserts are stamped with (and checked against) it, so no query or write can cross tenants.
/// </summary>
internal abstract class CxDbContext(DbContextOptions options, TenantScope? tenantScope) : DbContext(options)
{
    private readonly TenantScope _tenantScope = tenantScope ?? new TenantScope();

    /// <summary>
    /// The connection string as configured, read without starting EF Core's services (about a second the first time
    /// in a process), for code that talks to the database directly; null when the options carry a connection object.
    /// </summary>
    internal string? ConfiguredConnectionString { get; } = RelationalOptionsExtension.Extract(options).ConnectionString;

    /// <summary>Read by the query filters; EF evaluates it per query.</summary>
    internal string? CurrentTenantId => _tenantScope.TenantId;

    public TenantScope Tenant => _tenantScope;

    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(CxDbContext).Assembly);
        foreach (var entityType in modelBuilder.Model.GetEntityTypes())
        {
            if (typeof(ITenantOwned).IsAssignableFrom(entityType.ClrType) && entityType.BaseType is null)
            {
                modelBuilder.Entity(entityType.ClrType).HasQueryFilter(TenantFilter(entityType.ClrType));
            }
        }
    }

    public override int SaveChanges(bool acceptAllChangesOnSuccess)
    {
        StampTenant();
        return base.SaveChanges(acceptAllChangesOnSuccess);
    }

    public override Task<int> SaveChangesAsync(bool acceptAllChangesOnSuccess, CancellationToken cancellationToken = default)
    {
        StampTenant();
        return base.SaveChangesAsync(acceptAllChangesOnSuccess, cancellationToken);
    }

    private void StampTenant()
    {
        foreach (var entry in ChangeTracker.Entries<ITenantOwned>())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            if (string.IsNullOrEmpty(entry.Entity.TenantId) && entry.State == EntityState.Added)
            {
                entry.Entity.TenantId = CurrentTenantId
                    ?? throw new InvalidOperationException($"No tenant set for a new {entry.Metadata.ClrType.Name}.");
            }
            else if (CurrentTenantId is not null && entry.Entity.TenantId != CurrentTenantId)
            {
                throw new InvalidOperationException($"A {entry.Metadata.ClrType.Name} of another tenant cannot be written.");
            }
        }
    }

    private LambdaExpression TenantFilter(Type entityClrType)
    {
        var entity = Expression.Parameter(entityClrType, "e");
        var tenantOfRow = Expression.Property(entity, nameof(ITenantOwned.TenantId));
        var current = Expression.Property(Expression.Constant(this), nameof(CurrentTenantId));
        return Expression.Lambda(Expression.Equal(tenantOfRow, current), entity);
    }
}
