using System.Globalization;

namespace CxReviewBot.TestKit;

/// <summary>
/// The Teams bot limits (protocol.md §6) as the fake connector enforces them when asked: per conversation 7/1 s,
/// 8/2 s, 60/30 s and 1800/3600 s for sends, a bot-wide <see cref="GlobalPerSecond"/> over all connector calls, and
/// (when set) <see cref="TenantPerSecond"/> over the calls of each tenant (the tenant named in the call's body).
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
    private readonly Dictionary<string, Queue<DateTimeOffset>> _byTenant = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Bot-wide calls per second (the 2026 doc says 50 per app per tenant; older versions say 30).</summary>
    public int GlobalPerSecond { get; init; } = 50;

    /// <summary>Calls per second per tenant (Teams: 50 per app per tenant); null = no per-tenant limit.</summary>
    public int? TenantPerSecond { get; init; }

    public int Refused { get; private set; }

    /// <summary>Refusals because a tenant was over <see cref="TenantPerSecond"/> (also counted in <see cref="Refused"/>).</summary>
    public int RefusedForTenant { get; private set; }

    /// <returns>Null when the call is allowed (and counted); otherwise the Retry-After value in seconds.</returns>
    public string? Check(string? conversationId, bool isSend, DateTimeOffset now) => Check(conversationId, isSend, now, null);

    /// <param name="tenantId">The call's tenant; null when the call names none (it then counts bot-wide only).</param>
    /// <returns>Null when the call is allowed (and counted); otherwise the Retry-After value in seconds.</returns>
    public string? Check(string? conversationId, bool isSend, DateTimeOffset now, string? tenantId)
    {
        lock (_lock)
        {
            Expire(_global, now);
            var tenant = TenantPerSecond is not null && tenantId is not null ? CallsOf(tenantId, now) : null;
            var overTenant = tenant is not null && tenant.Count >= TenantPerSecond;

            var sends = isSend && conversationId is not null ? SendsOf(conversationId) : null;
            var overConversation = sends is not null && ConversationWindows.Any(w => sends.Count(t => t > now - w.Window) >= w.Limit);
            if (_global.Count >= GlobalPerSecond || overConversation || overTenant)
            {
                Refused++;
                RefusedForTenant += overTenant ? 1 : 0;
                return overConversation ? "2" : "1";
            }

            _global.Enqueue(now);
            tenant?.Enqueue(now);
            sends?.Add(now);
            return null;
        }
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"{GlobalPerSecond}/s bot-wide{(TenantPerSecond is { } t ? $", {t}/s per tenant" : "")}, refused {Refused}");

    private static void Expire(Queue<DateTimeOffset> calls, DateTimeOffset now)
    {
        while (calls.Count > 0 && calls.Peek() <= now - TimeSpan.FromSeconds(1))
        {
            calls.Dequeue();
        }
    }

    private Queue<DateTimeOffset> CallsOf(string tenantId, DateTimeOffset now)
    {
        if (!_byTenant.TryGetValue(tenantId, out var calls))
        {
            calls = new Queue<DateTimeOffset>();
            _byTenant[tenantId] = calls;
        }

        Expire(calls, now);
        return calls;
    }

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
