using System.Text.Json;
using CxReviewBot.Protocol.Activities;
using Microsoft.EntityFrameworkCore;

namespace CxReviewBot.Data.Conversations;

/// <summary>
/// Keeps the stored conversation reference and the sender's record current with every validated activity (the
/// service URL can change), and remembers installs so the greeting is sent once per install.
/// </summary>
internal sealed class ConversationTracker(CxDbContext db, TimeProvider time)
{
    private static readonly TimeSpan TouchInterval = TimeSpan.FromHours(1);

    public async Task<ConversationReference> TrackAsync(Activity activity, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var conversationId = activity.Conversation!.Id!;
        var references = db.Set<ConversationReference>();
        // The first activities of a new conversation (an install and its conversationUpdate) often arrive together:
        // the row is inserted only if absent, so the one that loses the race updates the winner's row, error-free.
        var reference = await references.SingleOrDefaultAsync(c => c.ConversationId == conversationId, cancellationToken);
        if (reference is null)
        {
            await db.TryInsertAsync(new ConversationReference
            {
                ConversationId = conversationId,
                ServiceUrl = activity.ServiceUrl!,
                CreatedAt = now,
                UpdatedAt = now,
            }, cancellationToken);
            reference = await references.SingleAsync(c => c.ConversationId == conversationId, cancellationToken);
        }
        reference.ServiceUrl = activity.ServiceUrl!;
        reference.ChannelId = activity.ChannelId ?? reference.ChannelId;
        reference.ConversationType = activity.Conversation.ConversationType ?? reference.ConversationType;
        reference.ConversationName = activity.Conversation.Name ?? reference.ConversationName;
        reference.BotId = activity.Recipient?.Id ?? reference.BotId;
        reference.TeamId = ChannelDataString(activity, "team", "id") ?? reference.TeamId;
        reference.TeamsChannelId = ChannelDataString(activity, "channel", "id") ?? reference.TeamsChannelId;
        // Only real changes (or a stale timestamp) cost a write; most turns change nothing.
        if (db.Entry(reference).State != EntityState.Unchanged || now - reference.UpdatedAt > TouchInterval)
        {
            reference.UpdatedAt = now;
        }

        if (activity.From?.Id is { Length: > 0 } userId && userId != activity.Recipient?.Id)
        {
            await TrackUserAsync(activity, userId, now, cancellationToken);
        }
        if (db.ChangeTracker.HasChanges())
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        return reference;
    }

    /// <returns>True when this install has not been greeted yet (and marks it greeted).</returns>
    public async Task<bool> MarkInstalledAsync(ConversationReference reference, Activity activity, CancellationToken cancellationToken)
    {
        reference.IsInstalled = true;
        reference.InstalledByUserId ??= activity.From?.Id;
        reference.InstalledByAadObjectId ??= activity.From?.EntraId;
        await db.SaveChangesAsync(cancellationToken);
        // One statement claims the greeting: both install activities get here, often at the same moment.
        var now = time.GetUtcNow();
        var claimed = await db.Set<ConversationReference>()
            .Where(c => c.Id == reference.Id && c.WelcomedAt == null)
            .ExecuteUpdateAsync(set => set.SetProperty(c => c.WelcomedAt, now), cancellationToken);
        if (claimed == 0)
        {
            return false;
        }
        reference.WelcomedAt = now;
        db.Entry(reference).Property(c => c.WelcomedAt).OriginalValue = now;
        return true;
    }

    public async Task MarkUninstalledAsync(ConversationReference reference, CancellationToken cancellationToken)
    {
        reference.IsInstalled = false;
        reference.WelcomedAt = null;
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task TrackUserAsync(Activity activity, string userId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var users = db.Set<KnownUser>();
        var user = await users.SingleOrDefaultAsync(u => u.TeamsUserId == userId, cancellationToken);
        if (user is null)
        {
            await db.TryInsertAsync(new KnownUser { TeamsUserId = userId, LastSeenAt = now }, cancellationToken);
            user = await users.SingleAsync(u => u.TeamsUserId == userId, cancellationToken);
        }
        user.AadObjectId = activity.From!.EntraId ?? user.AadObjectId;
        user.Name = activity.From.Name ?? user.Name;
        user.UserPrincipalName = activity.From.UserPrincipalName ?? user.UserPrincipalName;
        user.ServiceUrl = activity.ServiceUrl;
        if (db.Entry(user).State != EntityState.Unchanged || now - user.LastSeenAt > TouchInterval)
        {
            user.LastSeenAt = now;
        }
        if (activity.Conversation?.ConversationType == "personal")
        {
            user.PersonalConversationId = activity.Conversation.Id;
        }
    }

    private static string? ChannelDataString(Activity activity, string objectName, string property) =>
        activity.ChannelData is { ValueKind: JsonValueKind.Object } data
        && data.TryGetProperty(objectName, out var obj) && obj.ValueKind == JsonValueKind.Object
        && obj.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
