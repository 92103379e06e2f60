using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Data.Conversations;

internal sealed class ConversationReferenceConfiguration : IEntityTypeConfiguration<ConversationReference>
{
    public void Configure(EntityTypeBuilder<ConversationReference> builder)
    {
        builder.ToTable("conversation_references");
        builder.HasIndex(c => new { c.TenantId, c.ConversationId }).IsUnique();
        builder.Property(c => c.TenantId).HasMaxLength(64);
        builder.Property(c => c.ConversationId).HasMaxLength(512);
        builder.Property(c => c.ServiceUrl).HasMaxLength(512);
        builder.Property(c => c.ChannelId).HasMaxLength(32);
        builder.Property(c => c.ConversationType).HasMaxLength(32);
        builder.Property(c => c.ConversationName).HasMaxLength(256);
        builder.Property(c => c.TeamId).HasMaxLength(256);
        builder.Property(c => c.TeamsChannelId).HasMaxLength(256);
        builder.Property(c => c.BotId).HasMaxLength(256);
        builder.Property(c => c.InstalledByUserId).HasMaxLength(256);
        builder.Property(c => c.InstalledByAadObjectId).HasMaxLength(64);
    }
}
