using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Features.Actions;

internal sealed class ActionEventConfiguration : IEntityTypeConfiguration<ActionEvent>
{
    public void Configure(EntityTypeBuilder<ActionEvent> builder)
    {
        builder.ToTable("action_events");
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.ByName).HasMaxLength(200);
        builder.Property(e => e.Text).HasMaxLength(2000);
        builder.HasIndex(e => new { e.ActionItemId, e.AtUtc });
    }
}
