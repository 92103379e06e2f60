using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Features.Decisions;

internal sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("decisions");
        builder.Property(d => d.Text).HasMaxLength(1000);
        builder.Property(d => d.Source).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.Outcome).HasConversion<string>().HasMaxLength(20);
        builder.Property(d => d.OwnerTeamsUserId).HasMaxLength(200);
        builder.Property(d => d.OwnerAadObjectId).HasMaxLength(64);
        builder.Property(d => d.OwnerName).HasMaxLength(200);
        builder.Property(d => d.RecordedByTeamsUserId).HasMaxLength(200);
        builder.Property(d => d.RecordedByName).HasMaxLength(200);
        builder.Property(d => d.FormToken).HasMaxLength(100);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasIndex(d => new { d.TenantId, d.FormToken }).IsUnique();
        builder.HasIndex(d => new { d.ReviewId, d.RecordedAtUtc });
        builder.HasIndex(d => new { d.TenantId, d.Status, d.DueDate });
        builder.HasOne<Reviews.Review>().WithMany().HasForeignKey(d => d.ReviewId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Metrics.Touchpoint>().WithMany().HasForeignKey(d => d.TouchpointId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Metrics.Metric>().WithMany().HasForeignKey(d => d.MetricId).OnDelete(DeleteBehavior.SetNull);
        builder.HasMany(d => d.Actions).WithOne().HasForeignKey(a => a.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany<DecisionChange>().WithOne().HasForeignKey(c => c.DecisionId).OnDelete(DeleteBehavior.Cascade);
    }
}
