namespace CxReviewBot.Outbox;

/// <summary>The <c>Outbox</c> configuration section.</summary>
internal sealed class OutboxOptions
{
    public const string Section = "Outbox";

    public bool Enabled { get; set; } = true;
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(2);
    /// <summary>How long a claimed row belongs to its claimer; then another instance may take it over (a crash).</summary>
    public TimeSpan Lease { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// The whole budget of one delivery in real time (pacing waits, the connector calls); a delivery that runs out is cancelled and
    /// retried later. Shorter than <see cref="Lease"/> (validated at start) so that no other instance can reclaim a
    /// row while it is still being sent; the difference is the margin for clock skew between instances.
    /// </summary>
    public TimeSpan DeliveryTimeout { get; set; } = TimeSpan.FromSeconds(30);
    public int BatchSize { get; set; } = 20;

    /// <summary>Conversations delivered to at the same time; messages to one conversation always go in order.</summary>
    public int MaxParallelConversations { get; set; } = 8;

    /// <summary>Delivery attempts before a message is parked as failed (kept, visible, retryable by hand).</summary>
    public int MaxAttempts { get; set; } = 8;
    public TimeSpan RetryBaseDelay { get; set; } = TimeSpan.FromSeconds(5);
    public TimeSpan RetryMaxDelay { get; set; } = TimeSpan.FromMinutes(15);

    public bool IsValid() =>
        Lease > TimeSpan.Zero && DeliveryTimeout > TimeSpan.Zero && DeliveryTimeout < Lease && MaxAttempts >= 1;
}
