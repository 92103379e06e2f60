using System.Net;
using System.Net.Http.Headers;

namespace CxReviewBot.Protocol.Connector;

/// <summary>Which connector answers are retried and how long to wait: pure functions, no I/O.</summary>
internal static class ConnectorRetryPolicy
{
    // Teams' rate-limit guidance names exactly these; other 4xx are caller errors and 500 may have been applied.
    public static bool IsRetryable(HttpStatusCode status) => (int)status is 429 or 412 or 502 or 503 or 504;

    /// <summary>Worth trying again later (outbox), even if not retried in this call.</summary>
    public static bool IsTransient(HttpStatusCode status) => IsRetryable(status) || (int)status is 408 or 500;

    /// <summary>Reads a <c>Retry-After</c> value (delta-seconds or HTTP-date); null when absent or unreadable.</summary>
    public static TimeSpan? ParseRetryAfter(string? value, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(value) || !RetryConditionHeaderValue.TryParse(value.Trim(), out var parsed))
        {
            return null;
        }
        if (parsed.Delta is { } delta)
        {
            return delta < TimeSpan.Zero ? TimeSpan.Zero : delta;
        }
        if (parsed.Date is { } date)
        {
            var wait = date - now;
            return wait < TimeSpan.Zero ? TimeSpan.Zero : wait;
        }
        return null;
    }

    /// <summary>
    /// The wait before retry number <paramref name="retry"/> (1-based), or null when the budget is spent.
    /// <paramref name="jitter"/> is a sample in [0, 1) so callers (and tests) own the randomness.
    /// </summary>
    public static TimeSpan? NextDelay(int retry, TimeSpan? retryAfter, ConnectorOptions options, double jitter)
    {
        if (retry < 1 || retry > options.MaxRetries)
        {
            return null;
        }
        if (retryAfter is { } requested)
        {
            return requested <= options.MaxDelay ? requested : null;
        }
        var exponent = Math.Min(retry - 1, 30);
        var backoff = Math.Min(options.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), options.MaxDelay.TotalMilliseconds);
        var sample = Math.Clamp(jitter, 0, 1);
        // "Equal jitter": at least half the back-off, so retries never bunch up at zero.
        return TimeSpan.FromMilliseconds((backoff / 2) + (backoff / 2 * sample));
    }
}
