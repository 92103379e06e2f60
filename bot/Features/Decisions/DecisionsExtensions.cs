using CxReviewBot.Cards;
using CxReviewBot.Cards.Help;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Decisions;

internal static class DecisionsExtensions
{
    /// <summary>The `decide` command and the decision verbs: record (the agenda's button and the form), show, edit/reassign, cancel.</summary>
    public static IServiceCollection AddDecisionsFeature(this IServiceCollection services)
    {
        services.AddScoped<DecisionRecorder>();
        services.AddScoped<DecisionEditor>();
        services.AddScoped<DecisionNotifier>();
        return services.AddBotRoutes(routes => routes
            .MapCommand(CommandCatalog.Decide, DecisionCommands.DecideAsync)
            .MapVerb(CardVerbs.DecisionRecord, DecisionVerbs.RecordAsync)
            .MapVerb(CardVerbs.DecisionShow, DecisionEditVerbs.ShowAsync)
            .MapVerb(CardVerbs.DecisionEdit, DecisionEditVerbs.EditAsync)
            .MapVerb(CardVerbs.DecisionCancel, DecisionEditVerbs.CancelAsync));
    }
}
