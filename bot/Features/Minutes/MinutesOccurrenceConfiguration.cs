using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Features.Minutes;

internal sealed class MinutesOccurrenceConfiguration : IEntityTypeConfiguration<MinutesOccurrence>
{
    public void Configure(EntityTypeBuilder<MinutesOccurrence> builder)
    {
        builder.ToTable("minutes_occurrences");
        builder.Property(o => o.ClaimedBy).HasMaxLength(200);
        builder.Property(o => o.OutboxKey).HasMaxLength(200);
        builder.HasIndex(o => new { o.ReviewId, o.OccurrenceUtc }).IsUnique();
        builder.HasOne<Reviews.Review>().WithMany().HasForeignKey(o => o.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
