using CxReviewBot.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace CxReviewBot.Protocol.Connector;

internal static class ConnectorExtensions
{
    /// <summary>
    /// Outbound Bot Connector client (<see cref="IConnectorClient"/>, a turn's: with retries) with its token, pacing
    /// and options; <see cref="ConnectorClients"/> makes the outbox's single-attempt ones.
    /// <see cref="BotOptions"/> is bound by hosting; binding it here too would append the allow-list twice.
    /// </summary>
    public static IServiceCollection AddConnector(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>();
        services.AddOptions<ConnectorOptions>()
            .BindConfiguration(ConnectorOptions.Section)
            .Validate(o => o.IsValid(), "Connector: MaxRetries >= 0, 0 < BaseDelay <= MaxDelay, RequestTimeout > 0")
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TrustedServiceUrls>();
        services.TryAddSingleton<ConversationPacer>();
        // Teams counts real seconds, whatever clock the bot's scheduling runs on (tests freeze that one).
        services.TryAddSingleton(_ => new BotRatePacer(TimeProvider.System));
        services.TryAddSingleton<ConnectorTokenProvider>();

        services.AddHttpClient(ConnectorTokenProvider.HttpClientName, c => c.Timeout = TimeSpan.FromSeconds(30));
        services.AddHttpClient(ConnectorClients.HttpClientName, (sp, c) =>
            c.Timeout = sp.GetRequiredService<IOptions<ConnectorOptions>>().Value.RequestTimeout);
        services.TryAddSingleton<ConnectorClients>();
        services.AddTransient(sp => sp.GetRequiredService<ConnectorClients>().ForTurn());
        return services;
    }
}
