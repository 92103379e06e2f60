using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Outbox;

internal sealed class OutboxMessageConfiguration : IEntityTypeConfiguration<OutboxMessage>
{
    public void Configure(EntityTypeBuilder<OutboxMessage> builder)
    {
        builder.ToTable("outbox_messages");
        builder.HasIndex(m => new { m.TenantId, m.IdempotencyKey }).IsUnique();
        builder.HasIndex(m => new { m.Status, m.NextAttemptAtUtc });
        builder.Property(m => m.TenantId).HasMaxLength(64);
        builder.Property(m => m.IdempotencyKey).HasMaxLength(256);
        builder.Property(m => m.ServiceUrl).HasMaxLength(512);
        builder.Property(m => m.ConversationId).HasMaxLength(512);
        builder.Property(m => m.TargetActivityId).HasMaxLength(256);
        builder.Property(m => m.RecipientTeamsUserId).HasMaxLength(256);
        builder.Property(m => m.LeaseOwner).HasMaxLength(128);
        builder.Property(m => m.LastError).HasMaxLength(2000);
        builder.Property(m => m.SentActivityId).HasMaxLength(256);
        builder.Property(m => m.Operation).HasConversion<string>().HasMaxLength(32);
        builder.Property(m => m.Status).HasConversion<string>().HasMaxLength(16);
    }
}
