using CxReviewBot.Data;
namespace CxReviewBot.Features.Minutes;

/// <summary>
/// The claim on one meeting's minutes: inserted (unique per review and meeting start) in the same transaction as the
/// outbox message, so the minutes go out exactly once across restarts and instances.
/// </summary>
internal sealed class MinutesOccurrence : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public long ReviewId { get; set; }
    public DateTime OccurrenceUtc { get; set; }
    public DateTime ClaimedAtUtc { get; set; }
    public string ClaimedBy { get; set; } = "";
    public string OutboxKey { get; set; } = "";

    public static string OutboxKeyFor(long reviewId, DateTime occurrenceUtc) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"minutes:{reviewId}:{occurrenceUtc:o}");
}
