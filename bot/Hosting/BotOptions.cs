namespace CxReviewBot.Hosting;

/// <summary>The <c>Bot</c> configuration section (contract.md).</summary>
internal sealed class BotOptions
{
    public const string Section = "Bot";
    public const string PublicCloudOpenIdMetadataUrl = "https://login.botframework.com/v1/.well-known/openidconfiguration";
    public const string BotFrameworkIssuer = "https://api.botframework.com";

    public string AppId { get; set; } = "";
    public string AppPassword { get; set; } = "";
    public string TenantId { get; set; } = "";
    public string OpenIdMetadataUrl { get; set; } = PublicCloudOpenIdMetadataUrl;

    /// <summary>Empty = derived: the tenant's v2 endpoint for single-tenant bots, else botframework.com's.</summary>
    public string TokenEndpoint { get; set; } = "";

    /// <summary>Optional allow-list of service URL prefixes; empty = any service URL from a validated activity.</summary>
    public List<string> ServiceUrlAllowList { get; set; } = [];

    /// <summary>
    /// Deadline of one inbound turn (handler, replies, database), independent of the HTTP request: a turn Teams gave
    /// up waiting for still finishes; one that runs out is forgotten so Teams' re-delivery runs it again.
    /// </summary>
    public TimeSpan TurnTimeout { get; set; } = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Channels whose activities are served; empty = <c>msteams</c> only. Other channels (Direct Line, Web Chat) let
    /// the client choose <c>from.id</c> and the tenant, so they are refused unless named here.
    /// </summary>
    public List<string> AllowedChannels { get; set; } = [];

    public const string TeamsChannel = "msteams";

    public bool AllowsChannel(string? channelId) =>
        !string.IsNullOrEmpty(channelId)
        && (AllowedChannels.Count == 0 ? channelId == TeamsChannel : AllowedChannels.Contains(channelId, StringComparer.Ordinal));

    public bool IsDevelopmentMode => string.IsNullOrWhiteSpace(AppId);

    public string ResolvedTokenEndpoint => !string.IsNullOrWhiteSpace(TokenEndpoint)
        ? TokenEndpoint
        : $"https://login.microsoftonline.com/{(string.IsNullOrWhiteSpace(TenantId) ? "botframework.com" : TenantId)}/oauth2/v2.0/token";
}
