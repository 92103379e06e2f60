namespace CxReviewBot.Features.Planner;

/// <summary>
/// Planner sync settings from the <c>Graph</c> section: <c>Graph:SyncIntervalSeconds</c> (pull from Planner, default 300),
/// <c>Graph:PushPollSeconds</c> (look for actions to create or push, default 5), <c>Graph:SyncLeaseSeconds</c> (default 120),
/// <c>Graph:SyncRetrySeconds</c> (first backoff after a failure without Retry-After, doubling up to 15 minutes; default 5).
/// </summary>
internal sealed class PlannerSyncOptions
{
    public TimeSpan SyncInterval { get; init; } = TimeSpan.FromSeconds(300);
    public TimeSpan PushPoll { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan Lease { get; init; } = TimeSpan.FromSeconds(120);
    public int BatchSize { get; init; } = 20;
    public int PullChunk { get; init; } = 100;
    public TimeSpan RetryBaseDelay { get; init; } = TimeSpan.FromSeconds(5);
    public TimeSpan RetryMaxDelay { get; init; } = TimeSpan.FromMinutes(15);

    public static PlannerSyncOptions From(IConfiguration configuration)
    {
        var graph = configuration.GetSection(Graph.GraphOptions.Section);
        return new PlannerSyncOptions
        {
            SyncInterval = Seconds(graph["SyncIntervalSeconds"], 300),
            PushPoll = Seconds(graph["PushPollSeconds"], 5),
            Lease = Seconds(graph["SyncLeaseSeconds"], 120),
            RetryBaseDelay = Seconds(graph["SyncRetrySeconds"], 5),
        };
    }

    /// <summary>Exponential backoff after a failed attempt, capped.</summary>
    public TimeSpan Backoff(int attempts) =>
        TimeSpan.FromTicks(Math.Min(RetryMaxDelay.Ticks, RetryBaseDelay.Ticks * (1L << Math.Clamp(attempts - 1, 0, 16))));

    private static TimeSpan Seconds(string? raw, double fallback) =>
        TimeSpan.FromSeconds(double.TryParse(raw, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var s) && s > 0 ? s : fallback);
}
