using CxReviewBot.Protocol.Auth;
using CxReviewBot.Protocol.Routing;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Hosting;

internal static class DevelopmentModeStartup
{
    /// <summary>
    /// An empty <c>Bot:AppId</c> turns inbound authentication off (contract.md); that is only allowed while every
    /// listen address is loopback, and it is announced loudly.
    /// </summary>
    /// <returns>Why the bot must not start, or null when it may.</returns>
    public static string? RefusalReason(WebApplication app)
    {
        if (!app.Services.GetRequiredService<IOptions<BotOptions>>().Value.IsDevelopmentMode)
        {
            return null;
        }
        var urls = (app.Configuration["urls"] ?? HostingExtensions.DefaultUrl)
            .Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (!DevelopmentModeGuard.IsAllowed(urls))
        {
            return $"Bot:AppId is empty (local development mode, no inbound authentication) but the bot would listen on {string.Join(", ", urls)}. " +
                "Set Bot:AppId, or listen on loopback only (e.g. ASPNETCORE_URLS=http://localhost:3978).";
        }
        RoutingLog.DevelopmentModeWarning(app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("CxReviewBot.Startup"));
        return null;
    }
}
