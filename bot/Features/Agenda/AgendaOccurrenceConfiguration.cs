using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Features.Agenda;

internal sealed class AgendaOccurrenceConfiguration : IEntityTypeConfiguration<AgendaOccurrence>
{
    public void Configure(EntityTypeBuilder<AgendaOccurrence> builder)
    {
        builder.ToTable("agenda_occurrences");
        builder.Property(o => o.ClaimedBy).HasMaxLength(200);
        builder.Property(o => o.OutboxKey).HasMaxLength(200);
        builder.HasIndex(o => new { o.ReviewId, o.OccurrenceUtc }).IsUnique();
        builder.HasOne<Reviews.Review>().WithMany().HasForeignKey(o => o.ReviewId).OnDelete(DeleteBehavior.Cascade);
    }
}
