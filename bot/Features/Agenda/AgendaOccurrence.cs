using CxReviewBot.Data;

namespace CxReviewBot.Features.Agenda;

/// <summary>
/// The claim on one meeting's agenda: inserting it (unique per review and occurrence) in the same transaction as the
/// outbox message is what makes the agenda go out exactly once across restarts and instances.
/// </summary>
internal sealed class AgendaOccurrence : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public long ReviewId { get; set; }
    public DateTime OccurrenceUtc { get; set; }
    public DateTime PostAtUtc { get; set; }
    public DateTime ClaimedAtUtc { get; set; }
    public string ClaimedBy { get; set; } = "";
    public bool PostedLate { get; set; }

    /// <summary>The outbox message that posts the card; its SentActivityId is the card to update in place.</summary>
    public string OutboxKey { get; set; } = "";

    public static string OutboxKeyFor(long reviewId, DateTime occurrenceUtc) =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"agenda:{reviewId}:{occurrenceUtc:o}");
}
