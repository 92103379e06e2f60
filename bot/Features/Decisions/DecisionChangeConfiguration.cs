using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Features.Decisions;

internal sealed class DecisionChangeConfiguration : IEntityTypeConfiguration<DecisionChange>
{
    public void Configure(EntityTypeBuilder<DecisionChange> builder)
    {
        builder.ToTable("decision_changes");
        builder.Property(c => c.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(c => c.ByTeamsUserId).HasMaxLength(200);
        builder.Property(c => c.ByName).HasMaxLength(200);
        builder.Property(c => c.Field).HasMaxLength(40);
        builder.Property(c => c.OldValue).HasMaxLength(1000);
        builder.Property(c => c.NewValue).HasMaxLength(1000);
        builder.HasIndex(c => new { c.DecisionId, c.AtUtc });
    }
}
