using System.Collections.Concurrent;
using CxReviewBot.Graph;
using Microsoft.Extensions.Options;

namespace CxReviewBot.People;

/// <summary>
/// People's working hours and managers from Graph, cached per user (<see cref="PeopleOptions.GraphCacheDuration"/>):
/// the action chaser asks for the same owners every pass. Without Graph, or when a lookup fails, a person gets the
/// review's zone with Mon–Fri 09:00–17:00 and has no manager (escalations then go to the review's CX leads).
/// </summary>
internal sealed class PeopleDirectory(TimeProvider time, IOptions<PeopleOptions> options, ILogger<PeopleDirectory> logger, IGraphGateway? graph = null)
{
    private readonly ConcurrentDictionary<string, (MailboxWorkingHours? Value, DateTimeOffset Until)> _mailboxes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, (GraphPerson? Value, DateTimeOffset Until)> _managers = new(StringComparer.OrdinalIgnoreCase);

    public async Task<WorkingHours> ForUserAsync(string? aadId, string reviewZone, CancellationToken cancellationToken)
    {
        if (graph is null || string.IsNullOrEmpty(aadId))
        {
            return WorkingHours.Default(reviewZone);
        }

        var mailbox = await CachedAsync(_mailboxes, aadId, "mailbox settings", graph.GetMailboxSettingsAsync, cancellationToken);
        return mailbox is null
            ? WorkingHours.Default(reviewZone)
            : WorkingHours.FromMailboxOrDefault(mailbox.IanaTimeZone, mailbox.WorkingDays, mailbox.Start, mailbox.End, reviewZone);
    }

    /// <summary>The user's manager from Graph; null without Graph, without an AAD id, or when there is none (404).</summary>
    public Task<GraphPerson?> ManagerOfAsync(string? aadId, CancellationToken cancellationToken) =>
        graph is null || string.IsNullOrEmpty(aadId)
            ? Task.FromResult<GraphPerson?>(null)
            : CachedAsync(_managers, aadId, "manager", graph.GetManagerAsync, cancellationToken);

    private async Task<T?> CachedAsync<T>(ConcurrentDictionary<string, (T? Value, DateTimeOffset Until)> cache, string aadId, string what,
        Func<string, CancellationToken, Task<T?>> read, CancellationToken cancellationToken)
        where T : class
    {
        var now = time.GetUtcNow();
        if (cache.TryGetValue(aadId, out var hit) && hit.Until > now)
        {
            return hit.Value;
        }

        try
        {
            var value = await read(aadId, cancellationToken);
            cache[aadId] = (value, now + options.Value.GraphCacheDuration);
            return value;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not cached: a throttled or failing Graph is asked again on the next pass.
            PeopleLog.GraphLookupFailed(logger, e, what, aadId);
            return null;
        }
    }
}
