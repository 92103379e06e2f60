using CxReviewBot.Cards.Help;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Minutes;

internal static class MinutesExtensions
{
    /// <summary>`minutes` and the minutes posted after each meeting (<c>Ledger</c> section).</summary>
    public static IServiceCollection AddMinutesFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<MinutesOptions>().Bind(configuration.GetSection(MinutesOptions.Section));
        services.AddScoped<MinutesComposer>();
        services.AddScoped<MinutesPoster>();
        services.AddSingleton<MinutesScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<MinutesScheduler>());
        return services.AddBotRoutes(routes => routes.MapCommand<MinutesCommands>(CommandCatalog.Minutes, c => c.ShowAsync));
    }
}
