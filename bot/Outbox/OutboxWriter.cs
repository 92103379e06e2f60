using System.Text.Json;
using CxReviewBot.Data;
using CxReviewBot.Protocol.Activities;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Outbox;

/// <summary>
/// Adds outbound messages to the caller's unit of work: they are committed by the caller's SaveChanges, in the same
/// transaction as the change that caused them, so a message exists if and only if its cause does.
/// </summary>
internal sealed class OutboxWriter
{
    private readonly CxDbContext _db;
    private readonly TimeProvider _time;

    public OutboxWriter(CxDbContext db, TimeProvider time, OutboxSignal signal)
    {
        _db = db;
        _time = time;
        _db.SavedChanges += (_, _) => signal.Notify();
    }

    /// <returns>False when a message with the same idempotency key already exists (nothing added).</returns>
    public async Task<bool> EnqueueAsync(OutboxRequest request, CancellationToken cancellationToken)
    {
        Validate(request);
        var outbox = _db.Set<OutboxMessage>();
        if (outbox.Local.Any(m => m.IdempotencyKey == request.IdempotencyKey)
            || await outbox.AnyAsync(m => m.IdempotencyKey == request.IdempotencyKey, cancellationToken))
        {
            return false;
        }
        var now = _time.GetUtcNow().UtcDateTime;
        outbox.Add(new OutboxMessage
        {
            IdempotencyKey = request.IdempotencyKey,
            Operation = request.Operation,
            ServiceUrl = request.ServiceUrl,
            ConversationId = request.ConversationId,
            TargetActivityId = request.TargetActivityId,
            RecipientTeamsUserId = request.RecipientTeamsUserId,
            ActivityJson = JsonSerializer.Serialize(request.Activity, ProtocolJsonContext.Default.Activity),
            Status = OutboxStatus.Pending,
            NextAttemptAtUtc = now,
            CreatedAtUtc = now,
        });
        return true;
    }

    private static void Validate(OutboxRequest request)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(request.IdempotencyKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ServiceUrl);
        var complete = request.Operation switch
        {
            OutboxOperation.Send => !string.IsNullOrEmpty(request.ConversationId),
            OutboxOperation.Update => !string.IsNullOrEmpty(request.ConversationId) && !string.IsNullOrEmpty(request.TargetActivityId),
            OutboxOperation.SendPersonal => !string.IsNullOrEmpty(request.RecipientTeamsUserId),
            _ => false,
        };
        if (!complete)
        {
            throw new ArgumentException($"Outbox {request.Operation} request '{request.IdempotencyKey}' is missing its target.", nameof(request));
        }
    }
}
