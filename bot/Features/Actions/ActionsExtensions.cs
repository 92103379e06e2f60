using CxReviewBot.Cards;
using CxReviewBot.Features.Agenda;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Actions;

internal static class ActionsExtensions
{
    /// <summary>The chaser loop, the action card's verbs and the `actions` command.</summary>
    public static IServiceCollection AddActionsFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<ActionsOptions>().Bind(configuration.GetSection(ActionsOptions.Section));
        services.AddScoped<ChaseTiming>();
        services.AddScoped<ActionNotices>();
        services.AddScoped<IAgendaSection, AgendaOverdueActions>();
        services.AddScoped<ActionChaseUnit>();
        services.AddScoped<ActionsCommand>();
        services.AddScoped<ActionVerbs>();
        services.AddSingleton<ActionChaser>();
        services.AddHostedService(provider => provider.GetRequiredService<ActionChaser>());
        return services.AddBotRoutes(routes => routes
            .MapCommand<ActionsCommand>("actions", c => c.RunAsync)
            .MapVerb<ActionVerbs>(CardVerbs.ActionDone, v => v.DoneAsync)
            .MapVerb<ActionVerbs>(CardVerbs.ActionSnooze, v => v.SnoozeAsync)
            .MapVerb<ActionReassign>(CardVerbs.ActionReassign, r => r.RunAsync)
            .MapVerb<ActionVerbs>(CardVerbs.ActionUpdate, v => v.UpdateAsync)
            .MapVerb<ActionVerbs>(CardVerbs.ActionShow, v => v.ShowAsync)
            .MapVerb<ActionsCommand>(CardVerbs.ActionsPage, c => c.PageAsync));
    }
}
