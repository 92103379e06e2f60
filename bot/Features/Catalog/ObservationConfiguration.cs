using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Features.Catalog;

internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.ToTable("observations");
        // Business-wide rows have a null touchpoint: PostgreSQL 15 treats those nulls as equal (one row per key);
        // SQLite cannot, so the observation import enforces the key itself on both providers.
        builder.HasIndex(o => new { o.TenantId, o.MetricId, o.TouchpointId, o.PeriodEnd }).IsUnique().AreNullsDistinct(false);
        builder.Property(o => o.TenantId).HasMaxLength(64);
        builder.HasOne<Metric>().WithMany().HasForeignKey(o => o.MetricId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(o => o.TouchpointId).OnDelete(DeleteBehavior.Cascade);
    }
}
