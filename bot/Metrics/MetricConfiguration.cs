using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Metrics;

internal sealed class MetricConfiguration : IEntityTypeConfiguration<Metric>
{
    public void Configure(EntityTypeBuilder<Metric> builder)
    {
        builder.ToTable("metrics");
        builder.HasIndex(m => new { m.TenantId, m.Name }).IsUnique();
        builder.Property(m => m.TenantId).HasMaxLength(64);
        builder.Property(m => m.Name).HasMaxLength(128);
        builder.Property(m => m.Kind).AsLowerCaseText();
        builder.Property(m => m.Unit).AsLowerCaseText();
        builder.Property(m => m.DecisionIfCrossed).HasMaxLength(1024);
    }
}
