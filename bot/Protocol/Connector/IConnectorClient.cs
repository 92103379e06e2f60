using CxReviewBot.Protocol.Activities;

namespace CxReviewBot.Protocol.Connector;

/// <summary>
/// The Bot Connector REST v3 surface we use. Every call names the service URL explicitly; the implementation only
/// attaches a token for service URLs that arrived in a validated activity (<see cref="TrustedServiceUrls"/>).
/// Failures surface as <see cref="ConnectorException"/> after the retry budget.
/// </summary>
internal interface IConnectorClient
{
    Task<ResourceResponse> SendToConversationAsync(string serviceUrl, string conversationId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> ReplyToActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task<ResourceResponse> UpdateActivityAsync(string serviceUrl, string conversationId, string activityId, Activity activity, CancellationToken cancellationToken);

    Task DeleteActivityAsync(string serviceUrl, string conversationId, string activityId, CancellationToken cancellationToken);

    Task<ConversationResourceResponse> CreateConversationAsync(string serviceUrl, ConversationParameters parameters, CancellationToken cancellationToken);

    Task<PagedMembersResult> GetPagedMembersAsync(string serviceUrl, string conversationId, int pageSize, string? continuationToken, CancellationToken cancellationToken);

    Task<ChannelAccount?> GetMemberAsync(string serviceUrl, string conversationId, string memberId, CancellationToken cancellationToken);
}
