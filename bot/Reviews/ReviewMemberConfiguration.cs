using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Reviews;

internal sealed class ReviewMemberConfiguration : IEntityTypeConfiguration<ReviewMember>
{
    public void Configure(EntityTypeBuilder<ReviewMember> builder)
    {
        builder.ToTable("review_members");
        builder.Property(m => m.TeamsUserId).HasMaxLength(200);
        builder.Property(m => m.AadObjectId).HasMaxLength(64);
        builder.Property(m => m.Name).HasMaxLength(200);
        builder.HasIndex(m => new { m.ReviewId, m.TeamsUserId }).IsUnique();
    }
}
