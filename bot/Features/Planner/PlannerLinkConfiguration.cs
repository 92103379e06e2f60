using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Features.Planner;

internal sealed class PlannerLinkConfiguration : IEntityTypeConfiguration<PlannerLink>
{
    public void Configure(EntityTypeBuilder<PlannerLink> builder)
    {
        builder.ToTable("review_planner_links");
        builder.Property(l => l.PlanId).HasMaxLength(100);
        builder.Property(l => l.GroupId).HasMaxLength(100);
        builder.HasIndex(l => l.ReviewId).IsUnique();
        builder.HasOne<Reviews.Review>().WithMany().HasForeignKey(l => l.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
