using System.Globalization;

namespace CxReviewBot.TestKit;

/// <summary>
/// The Teams bot limits (protocol.md §6) as the fake connector enforces them when asked: per conversation 7/1 s,
/// 8/2 s, 60/30 s and 1800/3600 s for sends, and a bot-wide <see cref="GlobalPerSecond"/> over all connector calls.
/// A call over a limit is refused (429 with <c>Retry-After</c>) and does not count.
/// </summary>
public sealed class FakeConnectorRateLimits
{
    private static readonly (int Limit, TimeSpan Window)[] ConversationWindows =
    [
        (7, TimeSpan.FromSeconds(1)),
        (8, TimeSpan.FromSeconds(2)),
        (60, TimeSpan.FromSeconds(30)),
        (1800, TimeSpan.FromHours(1)),
    ];

    private readonly Lock _lock = new();
    private readonly Dictionary<string, List<DateTimeOffset>> _byConversation = new(StringComparer.Ordinal);
    private readonly Queue<DateTimeOffset> _global = new();

    /// <summary>Bot-wide calls per second (the 2026 doc says 50 per app per tenant; older versions say 30).</summary>
    public int GlobalPerSecond { get; init; } = 50;

    public int Refused { get; private set; }

    /// <returns>Null when the call is allowed (and counted); otherwise the Retry-After value in seconds.</returns>
    public string? Check(string? conversationId, bool isSend, DateTimeOffset now)
    {
        lock (_lock)
        {
            while (_global.Count > 0 && _global.Peek() <= now - TimeSpan.FromSeconds(1))
            {
                _global.Dequeue();
            }

            var sends = isSend && conversationId is not null ? SendsOf(conversationId) : null;
            var overConversation = sends is not null && ConversationWindows.Any(w => sends.Count(t => t > now - w.Window) >= w.Limit);
            if (_global.Count >= GlobalPerSecond || overConversation)
            {
                Refused++;
                return overConversation ? "2" : "1";
            }

            _global.Enqueue(now);
            sends?.Add(now);
            return null;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{GlobalPerSecond}/s bot-wide, refused {Refused}");

    private List<DateTimeOffset> SendsOf(string conversationId)
    {
        if (!_byConversation.TryGetValue(conversationId, out var sends))
        {
            sends = [];
            _byConversation[conversationId] = sends;
        }

        return sends;
    }
}
