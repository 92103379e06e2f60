using CxReviewBot.Features.Actions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Features.Planner;

internal sealed class PlannerTaskSyncConfiguration : IEntityTypeConfiguration<PlannerTaskSync>
{
    public void Configure(EntityTypeBuilder<PlannerTaskSync> builder)
    {
        builder.ToTable("planner_task_syncs");
        builder.HasKey(s => s.ActionItemId);
        builder.Property(s => s.ActionItemId).ValueGeneratedNever();
        builder.Property(s => s.PlanId).HasMaxLength(100);
        builder.Property(s => s.BucketId).HasMaxLength(100);
        builder.Property(s => s.TaskId).HasMaxLength(100);
        builder.Property(s => s.ETag).HasMaxLength(200);
        builder.Property(s => s.SyncedTitle).HasMaxLength(255);
        builder.Property(s => s.SyncedAssigneeId).HasMaxLength(64);
        builder.Property(s => s.LastError).HasMaxLength(500);
        builder.Property(s => s.LeaseOwner).HasMaxLength(200);
        builder.HasIndex(s => s.NextAttemptUtc);
        builder.HasIndex(s => new { s.PlanId, s.TaskId });
        builder.HasOne<ActionItem>().WithOne().HasForeignKey<PlannerTaskSync>(s => s.ActionItemId).OnDelete(DeleteBehavior.Cascade);
    }
}
