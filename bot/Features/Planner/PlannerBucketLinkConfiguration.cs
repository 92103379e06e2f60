using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Features.Planner;

internal sealed class PlannerBucketLinkConfiguration : IEntityTypeConfiguration<PlannerBucketLink>
{
    public void Configure(EntityTypeBuilder<PlannerBucketLink> builder)
    {
        builder.ToTable("review_planner_buckets");
        builder.Property(b => b.PlanId).HasMaxLength(100);
        builder.Property(b => b.Touchpoint).HasMaxLength(200);
        builder.Property(b => b.BucketId).HasMaxLength(100);
        builder.HasIndex(b => new { b.ReviewId, b.PlanId, b.Touchpoint }).IsUnique();
        builder.HasOne<Reviews.Review>().WithMany().HasForeignKey(b => b.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
