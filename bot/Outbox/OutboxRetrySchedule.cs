namespace CxReviewBot.Outbox;

internal static class OutboxRetrySchedule
{
    /// <summary>Exponential delay after the given failed attempt (1-based), with ±20% jitter, capped.</summary>
    public static TimeSpan DelayAfter(int attempt, TimeSpan baseDelay, TimeSpan maxDelay, double jitterSample)
    {
        var exponent = Math.Clamp(attempt - 1, 0, 20);
        var raw = baseDelay.TotalMilliseconds * Math.Pow(2, exponent);
        var jittered = raw * (0.8 + (0.4 * Math.Clamp(jitterSample, 0, 1)));
        return TimeSpan.FromMilliseconds(Math.Min(jittered, maxDelay.TotalMilliseconds));
    }
}
