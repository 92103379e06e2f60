using CxReviewBot.Cards;
using CxReviewBot.Cards.Help;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Decisions;

internal static class LedgerExtensions
{
    /// <summary>
    /// The `decisions` ledger and its filter verb, `minutes` and the minutes posted after each meeting, and the
    /// "did it move?" judge. `report --section decisions|decision_changes` is part of the report verb.
    /// </summary>
    public static IServiceCollection AddDecisionLedgerFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<LedgerOptions>().Bind(configuration.GetSection(LedgerOptions.Section));
        services.AddScoped<MinutesComposer>();
        services.AddScoped<MinutesPoster>();
        services.AddSingleton<MinutesScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<MinutesScheduler>());
        services.AddSingleton<MoveJudge>();
        services.AddHostedService(provider => provider.GetRequiredService<MoveJudge>());
        return services.AddBotRoutes(routes => routes
            .MapCommand(CommandCatalog.Decisions, LedgerCommands.ShowAsync)
            .MapCommand(CommandCatalog.Minutes, MinutesCommands.ShowAsync)
            .MapVerb(CardVerbs.DecisionsFilter, LedgerCommands.FilterAsync));
    }
}
