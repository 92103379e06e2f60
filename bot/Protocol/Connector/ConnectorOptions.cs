namespace CxReviewBot.Protocol.Connector;

/// <summary>The <c>Connector</c> configuration section: retry budget, timeouts and pacing of outbound calls.</summary>
internal sealed class ConnectorOptions
{
    public const string Section = "Connector";

    /// <summary>Retries after the first attempt; 0 = one attempt only.</summary>
    public int MaxRetries { get; set; } = 4;

    public TimeSpan BaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Cap for back-off; a <c>Retry-After</c> longer than this ends the call as transient instead of waiting.</summary>
    public TimeSpan MaxDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Per attempt (HttpClient.Timeout).</summary>
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Enforce the Teams per-conversation send limits locally before sending.</summary>
    public bool Pacing { get; set; } = true;

    /// <summary>
    /// Bot-wide cap on connector calls per second when <see cref="Pacing"/> is on (Teams allows 50 per app per tenant;
    /// a little below leaves room for arrival jitter); 0 = no bot-wide cap.
    /// </summary>
    public int BotRequestsPerSecond { get; set; } = 48;

    /// <summary>These settings with no retries: for a caller that owns retrying itself (the outbox).</summary>
    public ConnectorOptions WithoutRetries() => new()
    {
        MaxRetries = 0,
        BaseDelay = BaseDelay,
        MaxDelay = MaxDelay,
        RequestTimeout = RequestTimeout,
        Pacing = Pacing,
        BotRequestsPerSecond = BotRequestsPerSecond,
    };

    public bool IsValid() =>
        MaxRetries >= 0
        && BaseDelay > TimeSpan.Zero
        && MaxDelay >= BaseDelay
        && RequestTimeout > TimeSpan.Zero
        && BotRequestsPerSecond >= 0;
}
