using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Metrics;

internal sealed class TouchpointConfiguration : IEntityTypeConfiguration<Touchpoint>
{
    public void Configure(EntityTypeBuilder<Touchpoint> builder)
    {
        builder.ToTable("touchpoints");
        builder.HasIndex(t => new { t.TenantId, t.Name }).IsUnique();
        builder.Property(t => t.TenantId).HasMaxLength(64);
        builder.Property(t => t.Name).HasMaxLength(128);
        builder.Property(t => t.Function).HasMaxLength(64);
        builder.Property(t => t.OwnerUpn).HasMaxLength(256);
        builder.Property(t => t.OwnerAadId).HasMaxLength(64);
        builder.Property(t => t.OwnerName).HasMaxLength(256);
        builder.Property(t => t.Description).HasMaxLength(1024);
    }
}
