namespace CxReviewBot.Protocol.Connector;

/// <summary>
/// Bot-wide sliding-window limiter for all connector calls (protocol.md §6: 50 requests/s per app per tenant). Slots
/// are reserved in order, like <see cref="ConversationPacer"/>, so concurrent callers queue instead of bursting into 429s.
/// </summary>
internal sealed class BotRatePacer(TimeProvider time)
{
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    private readonly Lock _lock = new();
    private readonly List<DateTimeOffset> _slots = [];

    /// <summary>Claims the earliest slot with fewer than <paramref name="perSecond"/> calls in any second; returns the wait.</summary>
    public TimeSpan Reserve(int perSecond)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            var stale = _slots.FindIndex(s => s > now - Window);
            _slots.RemoveRange(0, stale < 0 ? _slots.Count : stale);
            var slot = _slots.Count > 0 && _slots[^1] > now ? _slots[^1] : now;
            if (_slots.Count >= perSecond && _slots[^perSecond] + Window > slot)
            {
                slot = _slots[^perSecond] + Window;
            }

            _slots.Add(slot);
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
