using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CxReviewBot.Metrics;

/// <summary>Enums are stored as the lower-case words of the import files, so raw SQL and dumps read the same.</summary>
internal static class MetricEnumConversions
{
    public static PropertyBuilder<TEnum> AsLowerCaseText<TEnum>(this PropertyBuilder<TEnum> property)
        where TEnum : struct, Enum
        => property
            .HasConversion(v => v.ToString().ToLowerInvariant(), v => Enum.Parse<TEnum>(v, true))
            .HasMaxLength(16);
}
