namespace CxReviewBot.Protocol.Connector;

/// <summary>
/// Bot-wide limiter for all connector calls (protocol.md §6: 50 requests/s per app per tenant). Calls are spaced
/// evenly, 1/<c>perSecond</c> apart, rather than allowed in bursts per window: a burst at the end of one second and
/// another at the start of the next, shifted a few milliseconds by the network, is exactly what Teams counts as too
/// many. Slots are reserved in order, so concurrent callers queue instead of colliding in 429s.
/// </summary>
internal sealed class BotRatePacer(TimeProvider time)
{
    private readonly Lock _lock = new();
    private DateTimeOffset _nextSlot = DateTimeOffset.MinValue;

    /// <summary>Claims the next free slot; returns how long the caller must wait for it.</summary>
    public TimeSpan Reserve(int perSecond)
    {
        var now = time.GetUtcNow();
        var interval = TimeSpan.FromTicks(TimeSpan.TicksPerSecond / Math.Max(1, perSecond));
        lock (_lock)
        {
            var slot = _nextSlot > now ? _nextSlot : now;
            _nextSlot = slot + interval;
            return slot - now;
        }
    }

    public async Task WaitTurnAsync(int perSecond, CancellationToken cancellationToken)
    {
        var delay = Reserve(perSecond);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }
}
