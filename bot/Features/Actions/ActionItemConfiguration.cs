using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Features.Actions;

internal sealed class ActionItemConfiguration : IEntityTypeConfiguration<ActionItem>
{
    public void Configure(EntityTypeBuilder<ActionItem> builder)
    {
        builder.ToTable("action_items");
        builder.Property(a => a.Title).HasMaxLength(255);
        builder.Property(a => a.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(a => a.OwnerTeamsUserId).HasMaxLength(200);
        builder.Property(a => a.OwnerAadObjectId).HasMaxLength(64);
        builder.Property(a => a.OwnerName).HasMaxLength(200);
        builder.Property(a => a.LeaseOwner).HasMaxLength(200);
        builder.Property(a => a.PlannerTaskId).HasMaxLength(100);
        builder.Property(a => a.PlannerETag).HasMaxLength(200);
        builder.Property(a => a.PlannerPlanId).HasMaxLength(100);
        builder.Property(a => a.PlannerBucketId).HasMaxLength(100);
        builder.Property(a => a.Version).IsConcurrencyToken();
        builder.HasIndex(a => a.NextChaseUtc);
        builder.HasIndex(a => new { a.TenantId, a.OwnerTeamsUserId, a.Status });
        builder.HasIndex(a => a.DecisionId);
        builder.HasIndex(a => a.PlannerTaskId);
        builder.HasOne<Reviews.Review>().WithMany().HasForeignKey(a => a.ReviewId).OnDelete(DeleteBehavior.Cascade);
        // The DecisionId foreign key is configured by the decision (DecisionConfiguration): actions know no origin feature.
        builder.HasMany<ActionEvent>().WithOne(e => e.ActionItem).HasForeignKey(e => e.ActionItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
