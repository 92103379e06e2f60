namespace CxReviewBot.Data.Conversations;

/// <summary>
/// A Teams user the bot has seen, with the 1:1 conversation once one exists, so decisions and reminders can reach
/// them by Entra object id.
/// </summary>
internal sealed class KnownUser : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public string TeamsUserId { get; set; } = "";
    public string? AadObjectId { get; set; }
    public string? Name { get; set; }
    public string? UserPrincipalName { get; set; }
    public string? PersonalConversationId { get; set; }
    public string? ServiceUrl { get; set; }
    public DateTimeOffset LastSeenAt { get; set; }
}
