using CxReviewBot.Cards;
using CxReviewBot.Cards.Help;
using CxReviewBot.Features.Actions;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Decisions;

internal static class DecisionsExtensions
{
    /// <summary>The `decide` command and the decision verbs: record (the agenda's button and the form), show, edit/reassign, cancel.</summary>
    public static IServiceCollection AddDecisionsFeature(this IServiceCollection services)
    {
        services.AddScoped<DecisionRecorder>();
        services.AddScoped<IAgendaSection, AgendaDecisions>();
        services.AddScoped<IActionOrigin, DecisionActions>();
        services.AddScoped<DecisionEditor>();
        services.AddScoped<DecisionNotifier>();
        return services.AddBotRoutes(routes => routes
            .MapCommand<DecisionCommands>(CommandCatalog.Decide, c => c.DecideAsync)
            .MapVerb<DecisionVerbs>(CardVerbs.DecisionRecord, v => v.RecordAsync)
            .MapVerb<DecisionEditVerbs>(CardVerbs.DecisionShow, v => v.ShowAsync)
            .MapVerb<DecisionEditVerbs>(CardVerbs.DecisionEdit, v => v.EditAsync)
            .MapVerb<DecisionEditVerbs>(CardVerbs.DecisionCancel, v => v.CancelAsync));
    }
}
