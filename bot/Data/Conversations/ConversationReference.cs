namespace CxReviewBot.Data.Conversations;

/// <summary>Where the bot is installed: everything needed to message the conversation proactively.</summary>
internal sealed class ConversationReference : ITenantOwned
{
    public long Id { get; set; }
    public string TenantId { get; set; } = "";
    public string ConversationId { get; set; } = "";
    public string ServiceUrl { get; set; } = "";
    public string ChannelId { get; set; } = "msteams";
    public string ConversationType { get; set; } = "personal";
    public string? ConversationName { get; set; }
    public string? TeamId { get; set; }
    public string? TeamsChannelId { get; set; }
    public string? BotId { get; set; }
    public string? InstalledByUserId { get; set; }
    public string? InstalledByAadObjectId { get; set; }
    public bool IsInstalled { get; set; } = true;
    public DateTimeOffset? WelcomedAt { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
