using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Metrics;

internal sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("survey_responses");
        builder.HasIndex(r => new { r.TenantId, r.CustomerAccountId, r.TouchpointId, r.MetricId, r.RespondedOn }).IsUnique();
        builder.Property(r => r.TenantId).HasMaxLength(64);
        builder.Property(r => r.Comment).HasMaxLength(2000);
        builder.HasOne<CustomerAccount>().WithMany().HasForeignKey(r => r.CustomerAccountId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Touchpoint>().WithMany().HasForeignKey(r => r.TouchpointId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Metric>().WithMany().HasForeignKey(r => r.MetricId).OnDelete(DeleteBehavior.Cascade);
    }
}
