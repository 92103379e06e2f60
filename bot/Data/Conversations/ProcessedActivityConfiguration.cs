using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Data.Conversations;

internal sealed class ProcessedActivityConfiguration : IEntityTypeConfiguration<ProcessedActivity>
{
    public void Configure(EntityTypeBuilder<ProcessedActivity> builder)
    {
        builder.ToTable("processed_activities");
        builder.HasIndex(a => new { a.ConversationId, a.ActivityId }).IsUnique();
        builder.HasIndex(a => a.ReceivedAtUtc);
        builder.Property(a => a.ConversationId).HasMaxLength(512);
        builder.Property(a => a.ActivityId).HasMaxLength(256);
    }
}
