using CxReviewBot.Cards;
using CxReviewBot.Cards.Help;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Ledger;

internal static class LedgerExtensions
{
    /// <summary>The `decisions` ledger and its filter verb. `report --section decisions|decision_changes` is part of the report verb.</summary>
    public static IServiceCollection AddLedgerFeature(this IServiceCollection services) =>
        services.AddBotRoutes(routes => routes
            .MapCommand<LedgerCommands>(CommandCatalog.Decisions, c => c.ShowAsync)
            .MapVerb<LedgerCommands>(CardVerbs.DecisionsFilter, c => c.FilterAsync));
}
