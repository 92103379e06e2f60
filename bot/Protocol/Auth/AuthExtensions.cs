using CxReviewBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace CxReviewBot.Protocol.Auth;

internal static class AuthExtensions
{
    /// <summary>Registers <see cref="InboundAuthenticator"/> and the key cache; <see cref="BotOptions"/> is bound elsewhere.</summary>
    public static IServiceCollection AddInboundAuth(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddHttpClient(OpenIdKeyCache.HttpClientName, client => client.Timeout = TimeSpan.FromSeconds(15));
        services.AddSingleton<OpenIdKeyCache>();
        services.AddSingleton<TokenValidator>();
        services.AddSingleton<InboundAuthenticator>();
        return services;
    }
}
