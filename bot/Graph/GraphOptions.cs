namespace CxReviewBot.Graph;

/// <summary>
/// The <c>Graph</c> configuration section (contract.md). Credentials fall back to <c>Bot:TenantId</c>,
/// <c>Bot:AppId</c> and <c>Bot:AppPassword</c>; <c>Graph:UseManagedIdentity</c> uses the App Service managed identity
/// (<c>Graph:ClientId</c> then names a user-assigned identity).
/// </summary>
internal sealed class GraphOptions
{
    public const string Section = "Graph";
    public const string DefaultBaseUrl = "https://graph.microsoft.com/v1.0";
    public const string DefaultScope = "https://graph.microsoft.com/.default";

    public string BaseUrl { get; init; } = DefaultBaseUrl;
    public string TenantId { get; init; } = "";
    public string ClientId { get; init; } = "";
    public string ClientSecret { get; init; } = "";
    public bool UseManagedIdentity { get; init; }

    public bool IsConfigured => MissingSetting is null;

    /// <summary>Why Graph can't be used, naming the missing setting; null when configured.</summary>
    public string? MissingSetting =>
        UseManagedIdentity ? null
        : string.IsNullOrWhiteSpace(ClientId) ? "Graph:ClientId (or Bot:AppId)"
        : string.IsNullOrWhiteSpace(ClientSecret) ? "Graph:ClientSecret (or Bot:AppPassword)"
        : string.IsNullOrWhiteSpace(TenantId) ? "Graph:TenantId (or Bot:TenantId)"
        : null;

    /// <summary>App-only scope for the Graph host (national clouds use their own host); loopback fakes get Graph's scope.</summary>
    public string Scope
    {
        get
        {
            var uri = new Uri(BaseUrl);
            return uri.Scheme == Uri.UriSchemeHttps ? $"https://{uri.Host}/.default" : DefaultScope;
        }
    }

    public static GraphOptions From(IConfiguration configuration)
    {
        var graph = configuration.GetSection(Section);
        var bot = configuration.GetSection("Bot");
        return new GraphOptions
        {
            BaseUrl = Value(graph["BaseUrl"]) ?? DefaultBaseUrl,
            TenantId = Value(graph["TenantId"]) ?? Value(bot["TenantId"]) ?? "",
            ClientId = Value(graph["ClientId"]) ?? Value(bot["AppId"]) ?? "",
            ClientSecret = Value(graph["ClientSecret"]) ?? Value(bot["AppPassword"]) ?? "",
            UseManagedIdentity = graph.GetValue<bool>("UseManagedIdentity"),
        };
    }

    private static string? Value(string? raw) => string.IsNullOrWhiteSpace(raw) ? null : raw.Trim();
}
