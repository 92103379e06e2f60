using System.Globalization;
using CxReviewBot.Data;
using CxReviewBot.Hosting;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Outbox;

/// <summary>`outbox` shows counts by status and every failed message; `outbox retry &lt;id&gt;|failed` re-queues them.</summary>
internal static class OutboxVerb
{
    public static IServiceCollection AddOutboxVerb(this IServiceCollection services) =>
        services.AddCliVerb("outbox", "outbox [retry <id>|failed]", RunAsync);

    private static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<CxDbContext>();
        var outbox = db.Set<OutboxMessage>().IgnoreQueryFilters();
        if (args.Count == 0)
        {
            var counts = await outbox.GroupBy(m => m.Status).Select(g => new { Status = g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
            foreach (var status in Enum.GetValues<OutboxStatus>())
            {
                Console.WriteLine($"{status.ToString().ToLowerInvariant()}: {counts.FirstOrDefault(c => c.Status == status)?.Count ?? 0}");
            }
            var failed = await outbox.Where(m => m.Status == OutboxStatus.Failed).OrderBy(m => m.Id).ToListAsync(cancellationToken);
            foreach (var m in failed)
            {
                Console.WriteLine($"failed #{m.Id} {m.IdempotencyKey} after {m.Attempts} attempt(s): {m.LastError}");
            }
            return 0;
        }
        if (args.Count != 2 || args[0] != "retry")
        {
            throw new CliException("usage: outbox [retry <id>|failed]");
        }
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var selection = args[1] == "failed"
            ? outbox.Where(m => m.Status == OutboxStatus.Failed)
            : long.TryParse(args[1], NumberStyles.None, CultureInfo.InvariantCulture, out var id)
                ? outbox.Where(m => m.Id == id && m.Status == OutboxStatus.Failed)
                : throw new CliException($"'{args[1]}' is neither a message id nor 'failed'");
        var requeued = await selection.ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.NextAttemptAtUtc, now), cancellationToken);
        Console.WriteLine($"re-queued {requeued} message(s)");
        return 0;
    }
}
