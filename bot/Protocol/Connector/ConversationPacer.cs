namespace CxReviewBot.Protocol.Connector;

/// <summary>
/// Per-conversation sliding-window limiter for the Teams bot send limits (7/1 s, 8/2 s, 60/30 s, 1800/3600 s per
/// bot per thread). Sends are reserved in order, so concurrent callers queue behind each other instead of all
/// seeing a free slot. Conversations idle for longer than the largest window are forgotten.
/// </summary>
internal sealed class ConversationPacer(TimeProvider time)
{
    private static readonly (int Limit, TimeSpan Window)[] Windows =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    private static readonly TimeSpan Horizon = TimeSpan.FromHours(1);
    private static readonly TimeSpan SweepInterval = TimeSpan.FromMinutes(1);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _sends = new(StringComparer.Ordinal);
    private DateTimeOffset _nextSweep = DateTimeOffset.MinValue;

    public int TrackedConversations
    {
        get
        {
            lock (_lock)
            {
                return _sends.Count;
            }
        }
    }

    /// <summary>How long a send now would have to wait; records nothing.</summary>
    public TimeSpan DelayBeforeNextSend(string conversationId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            return _sends.TryGetValue(conversationId, out var sends) ? EarliestSlot(sends, now) - now : TimeSpan.Zero;
        }
    }

    /// <summary>Records a send that happened now (or, if sends are already reserved ahead, right after them).</summary>
    public void RecordSend(string conversationId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            var sends = SendsOf(conversationId, now);
            sends.Add(sends.Count > 0 && sends[^1] > now ? sends[^1] : now);
        }
    }

    /// <summary>Claims the earliest allowed slot and returns how long to wait for it.</summary>
    public TimeSpan ReserveSend(string conversationId)
    {
        var now = time.GetUtcNow();
        lock (_lock)
        {
            Sweep(now);
            var sends = SendsOf(conversationId, now);
            var slot = EarliestSlot(sends, now);
            sends.Add(slot);
            return slot - now;
        }
    }

    public async Task WaitTurnAsync(string conversationId, CancellationToken cancellationToken)
    {
        var delay = ReserveSend(conversationId);
        if (delay > TimeSpan.Zero)
        {
            await Task.Delay(delay, time, cancellationToken).ConfigureAwait(false);
        }
    }

    // Sends are kept sorted and a new slot is never before the last one, so "the limit-th most recent send plus
    // the window" is the earliest instant at which that window has room again.
    private static DateTimeOffset EarliestSlot(List<DateTimeOffset> sends, DateTimeOffset now)
    {
        var slot = sends.Count > 0 && sends[^1] > now ? sends[^1] : now;
        foreach (var (limit, window) in Windows)
        {
            if (sends.Count >= limit)
            {
                var freedAt = sends[^limit] + window;
                if (freedAt > slot)
                {
                    slot = freedAt;
                }
            }
        }
        return slot;
    }

    private List<DateTimeOffset> SendsOf(string conversationId, DateTimeOffset now)
    {
        if (!_sends.TryGetValue(conversationId, out var sends))
        {
            sends = [];
            _sends[conversationId] = sends;
        }
        var stale = sends.FindIndex(s => s > now - Horizon);
        sends.RemoveRange(0, stale < 0 ? sends.Count : stale);
        return sends;
    }

    private void Sweep(DateTimeOffset now)
    {
        if (now < _nextSweep)
        {
            return;
        }
        _nextSweep = now + SweepInterval;
        foreach (var (id, sends) in _sends)
        {
            if (sends.Count == 0 || sends[^1] <= now - Horizon)
            {
                _sends.Remove(id);
            }
        }
    }
}
