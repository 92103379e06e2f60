using System.Text.Json.Nodes;
using CxReviewBot.Protocol.Activities;
using CxReviewBot.Protocol.Connector;

namespace CxReviewBot.Protocol.Routing;

/// <summary>One inbound activity being handled: who, where, and how to answer in the same conversation.</summary>
internal sealed class TurnContext(Activity activity, string tenantId, IConnectorClient connector)
{
    private readonly List<string> _sentActivityIds = [];

    public Activity Activity { get; } = activity;
    public string TenantId { get; } = tenantId;
    public string ServiceUrl => Activity.ServiceUrl!;
    public string ConversationId => Activity.Conversation!.Id!;
    public string ConversationType => Activity.Conversation?.ConversationType ?? "personal";
    public ChannelAccount User => Activity.From ?? new ChannelAccount();
    public IReadOnlyList<string> SentActivityIds => _sentActivityIds;

    public Task<string?> SendCardAsync(JsonNode card, string summary, CancellationToken cancellationToken) =>
        SendAsync(Activity.MessageWithCard(card, summary), cancellationToken);

    public Task<string?> SendTextAsync(string text, CancellationToken cancellationToken) =>
        SendAsync(Activity.MessageWithText(text), cancellationToken);

    public async Task<string?> SendAsync(Activity reply, CancellationToken cancellationToken)
    {
        reply.From ??= Activity.Recipient;
        reply.Recipient ??= Activity.From;
        reply.Conversation ??= Activity.Conversation;
        reply.ChannelId ??= Activity.ChannelId;
        reply.ServiceUrl ??= Activity.ServiceUrl;

        // Replies to a message stay in its thread; invokes carry no thread of their own.
        var replyTo = Activity.Type == ActivityTypes.Message ? Activity.Id : null;
        reply.ReplyToId ??= replyTo;
        var response = replyTo is null
            ? await connector.SendToConversationAsync(ServiceUrl, ConversationId, reply, cancellationToken)
            : await connector.ReplyToActivityAsync(ServiceUrl, ConversationId, replyTo, reply, cancellationToken);
        if (response.Id is not null)
        {
            _sentActivityIds.Add(response.Id);
        }
        return response.Id;
    }

    public Task UpdateAsync(string activityId, Activity replacement, CancellationToken cancellationToken)
    {
        replacement.Id = activityId;
        replacement.Conversation ??= Activity.Conversation;
        return connector.UpdateActivityAsync(ServiceUrl, ConversationId, activityId, replacement, cancellationToken);
    }
}
