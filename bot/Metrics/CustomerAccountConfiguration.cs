using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Metrics;

internal sealed class CustomerAccountConfiguration : IEntityTypeConfiguration<CustomerAccount>
{
    public void Configure(EntityTypeBuilder<CustomerAccount> builder)
    {
        builder.ToTable("accounts");
        builder.HasIndex(a => new { a.TenantId, a.AccountId }).IsUnique();
        builder.Property(a => a.TenantId).HasMaxLength(64);
        builder.Property(a => a.AccountId).HasMaxLength(128);
        builder.Property(a => a.Outcome).AsLowerCaseText();
    }
}
