using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Data.Conversations;

internal sealed class KnownUserConfiguration : IEntityTypeConfiguration<KnownUser>
{
    public void Configure(EntityTypeBuilder<KnownUser> builder)
    {
        builder.ToTable("known_users");
        builder.HasIndex(u => new { u.TenantId, u.TeamsUserId }).IsUnique();
        builder.HasIndex(u => new { u.TenantId, u.AadObjectId });
        builder.Property(u => u.TenantId).HasMaxLength(64);
        builder.Property(u => u.TeamsUserId).HasMaxLength(256);
        builder.Property(u => u.AadObjectId).HasMaxLength(64);
        builder.Property(u => u.Name).HasMaxLength(256);
        builder.Property(u => u.UserPrincipalName).HasMaxLength(256);
        builder.Property(u => u.PersonalConversationId).HasMaxLength(512);
        builder.Property(u => u.ServiceUrl).HasMaxLength(512);
    }
}
