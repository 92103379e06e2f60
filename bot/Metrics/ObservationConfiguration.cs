using CxReviewBot.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Metrics;

/// <summary>
/// The largest table, read by series (the agenda's latest points) and written in bulk (imports). On SQLite it is a
/// WITHOUT ROWID table clustered on its key: one b-tree holds keys and values, so an import writes each row once and
/// a series' latest points are adjacent, instead of a row table plus a unique index plus two foreign-key indexes.
/// There is no foreign key to touchpoints (business-wide rows have none); the import resolves every touchpoint by
/// name, and touchpoints are never deleted.
/// </summary>
internal sealed class ObservationConfiguration : IEntityTypeConfiguration<Observation>
{
    public void Configure(EntityTypeBuilder<Observation> builder)
    {
        builder.ToTable("observations");
        builder.HasKey(o => new { o.MetricId, o.TouchpointId, o.PeriodEnd });
        builder.HasAnnotation(WithoutRowidSqlGenerator.Annotation, true);
        builder.Property(o => o.MetricId).HasColumnOrder(0);
        builder.Property(o => o.TouchpointId).HasColumnOrder(1);
        builder.Property(o => o.PeriodEnd).HasColumnOrder(2);
        builder.Property(o => o.Value).HasColumnOrder(3);
        builder.Property(o => o.TenantId).HasColumnOrder(4).HasMaxLength(64);
        // The key starts with MetricId, so this foreign key needs no index of its own.
        builder.HasOne<Metric>().WithMany().HasForeignKey(o => o.MetricId).OnDelete(DeleteBehavior.Cascade);
    }
}
