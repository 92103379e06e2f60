using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Reviews;

internal sealed class ReviewConfiguration : IEntityTypeConfiguration<Review>
{
    public void Configure(EntityTypeBuilder<Review> builder)
    {
        builder.ToTable("reviews");
        builder.Property(r => r.Name).HasMaxLength(100);
        builder.Property(r => r.ConversationId).HasMaxLength(400);
        builder.Property(r => r.ServiceUrl).HasMaxLength(400);
        builder.Property(r => r.ConversationType).HasMaxLength(40);
        builder.Property(r => r.TimeZoneId).HasMaxLength(64);
        builder.Property(r => r.CreatedBy).HasMaxLength(200);
        builder.PrimitiveCollection(r => r.TouchpointScope);
        builder.Ignore(r => r.Zone);
        builder.HasIndex(r => new { r.TenantId, r.Name }).IsUnique();
        builder.HasIndex(r => new { r.TenantId, r.ConversationId }).IsUnique();
        builder.HasMany(r => r.Members).WithOne().HasForeignKey(m => m.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
