using System.Text.Json;
using CxReviewBot.Data;
using CxReviewBot.Data.Conversations;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Connector;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Outbox;

/// <summary>
/// Performs one claimed outbox row against the connector and records the outcome under the lease. The outbox is the
/// only retry owner of its messages: one HTTP attempt per connector call (no retries inside the client), the next
/// attempt scheduled on the row (honouring Retry-After). A delivery has <see cref="OutboxOptions.DeliveryTimeout"/>,
/// shorter than the lease, so no other instance can reclaim a row while it is still being sent.
/// </summary>
internal sealed class OutboxDelivery(
    ConnectorClients connectors,
    TrustedServiceUrls trustedServiceUrls,
    TimeProvider time,
    IOptions<OutboxOptions> options,
    ILogger<OutboxDelivery> logger)
{
    public async Task DeliverAsync(CxDbContext db, OutboxMessage message, string instanceId, CancellationToken cancellationToken)
    {
        // Real seconds, like the lease as other instances see it pass; not the scheduling clock, which tests freeze and jump.
        using var budget = new CancellationTokenSource(options.Value.DeliveryTimeout);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(budget.Token, cancellationToken);
        try
        {
            // Rows are only written from stored conversation references, which came from validated activities.
            trustedServiceUrls.Trust(message.ServiceUrl);
            var activity = JsonSerializer.Deserialize(message.ActivityJson, ProtocolJsonContext.Default.Activity)
                ?? throw new JsonException("Empty activity.");
            var activityId = await PerformAsync(connectors.SingleAttempt(), db, message, activity, linked.Token);
            await MarkSentAsync(db, message, instanceId, activityId, cancellationToken);
        }
        catch (OperationCanceledException) when (budget.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            await RetryOrFailAsync(db, message, instanceId, $"delivery took longer than Outbox:DeliveryTimeout ({options.Value.DeliveryTimeout})", null, cancellationToken);
        }
        catch (ConnectorException e) when (e.IsTransient)
        {
            await RetryOrFailAsync(db, message, instanceId, e.Message, e.RetryAfter, cancellationToken);
        }
        catch (Exception e) when (e is ConnectorException or JsonException or HttpRequestException)
        {
            await MarkFailedAsync(db, message, instanceId, e.Message, cancellationToken);
        }
    }

    private Task RetryOrFailAsync(CxDbContext db, OutboxMessage message, string instanceId, string reason, TimeSpan? retryAfter, CancellationToken cancellationToken) =>
        message.Attempts < options.Value.MaxAttempts
            ? MarkRetryAsync(db, message, instanceId, reason, retryAfter, cancellationToken)
            : MarkFailedAsync(db, message, instanceId, reason, cancellationToken);

    private static async Task<string?> PerformAsync(IConnectorClient connector, CxDbContext db, OutboxMessage message, Activity activity, CancellationToken cancellationToken)
    {
        switch (message.Operation)
        {
            case OutboxOperation.Update:
                activity.Id = message.TargetActivityId;
                return (await connector.UpdateActivityAsync(message.ServiceUrl, message.ConversationId!, message.TargetActivityId!, activity, cancellationToken)).Id;
            case OutboxOperation.SendPersonal:
                var conversationId = await PersonalConversationAsync(connector, db, message, cancellationToken);
                return (await connector.SendToConversationAsync(message.ServiceUrl, conversationId, activity, cancellationToken)).Id;
            default:
                return (await connector.SendToConversationAsync(message.ServiceUrl, message.ConversationId!, activity, cancellationToken)).Id;
        }
    }

    private static async Task<string> PersonalConversationAsync(IConnectorClient connector, CxDbContext db, OutboxMessage message, CancellationToken cancellationToken)
    {
        var users = db.Set<KnownUser>().IgnoreQueryFilters()
            .Where(u => u.TenantId == message.TenantId && u.TeamsUserId == message.RecipientTeamsUserId);
        var known = await users.Select(u => u.PersonalConversationId).FirstOrDefaultAsync(cancellationToken);
        if (!string.IsNullOrEmpty(known))
        {
            return known;
        }
        // Teams answers the same id for the same member, so re-creating after a crash is harmless.
        var created = await connector.CreateConversationAsync(message.ServiceUrl, new ConversationParameters
        {
            IsGroup = false,
            Members = [new ChannelAccount { Id = message.RecipientTeamsUserId }],
            TenantId = message.TenantId,
            ChannelData = JsonSerializer.SerializeToElement(new { tenant = new { id = message.TenantId } }),
        }, cancellationToken);
        var conversationId = created.Id ?? throw new ConnectorException(null, null, "Create conversation returned no id.", isTransient: false);
        await users.ExecuteUpdateAsync(set => set.SetProperty(u => u.PersonalConversationId, conversationId), cancellationToken);
        return conversationId;
    }

    private async Task MarkSentAsync(CxDbContext db, OutboxMessage message, string instanceId, string? activityId, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var updated = await Leased(db, message, instanceId).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, OutboxStatus.Sent)
            .SetProperty(m => m.SentActivityId, activityId)
            .SetProperty(m => m.SentAtUtc, now)
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseExpiresAtUtc, (DateTime?)null), CancellationToken.None);
        LogOutcome(updated, message.Id, () => OutboxLog.Sent(logger, message.Id, message.IdempotencyKey, activityId, message.Attempts));
    }

    private async Task MarkRetryAsync(CxDbContext db, OutboxMessage message, string instanceId, string reason, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        var backoff = OutboxRetrySchedule.DelayAfter(message.Attempts, options.Value.RetryBaseDelay, options.Value.RetryMaxDelay, Random.Shared.NextDouble());
        var delay = retryAfter is { } requested && requested > backoff ? requested : backoff;
        var next = time.GetUtcNow().UtcDateTime + delay;
        var updated = await Leased(db, message, instanceId).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, OutboxStatus.Pending)
            .SetProperty(m => m.NextAttemptAtUtc, next)
            .SetProperty(m => m.LastError, Truncate(reason))
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseExpiresAtUtc, (DateTime?)null), cancellationToken);
        LogOutcome(updated, message.Id, () => OutboxLog.WillRetry(logger, message.Id, message.IdempotencyKey, message.Attempts, next, reason));
    }

    private async Task MarkFailedAsync(CxDbContext db, OutboxMessage message, string instanceId, string reason, CancellationToken cancellationToken)
    {
        var updated = await Leased(db, message, instanceId).ExecuteUpdateAsync(set => set
            .SetProperty(m => m.Status, OutboxStatus.Failed)
            .SetProperty(m => m.LastError, Truncate(reason))
            .SetProperty(m => m.LeaseOwner, (string?)null)
            .SetProperty(m => m.LeaseExpiresAtUtc, (DateTime?)null), cancellationToken);
        LogOutcome(updated, message.Id, () => OutboxLog.Failed(logger, message.Id, message.IdempotencyKey, message.Attempts, reason));
    }

    private void LogOutcome(int updated, long id, Action log)
    {
        if (updated == 1)
        {
            log();
        }
        else
        {
            OutboxLog.LeaseLost(logger, id);
        }
    }

    private static IQueryable<OutboxMessage> Leased(CxDbContext db, OutboxMessage message, string instanceId) =>
        db.Set<OutboxMessage>().IgnoreQueryFilters().Where(m => m.Id == message.Id && m.LeaseOwner == instanceId && m.Status == OutboxStatus.Sending);

    private static string Truncate(string text) => text.Length <= 2000 ? text : text[..2000];
}
