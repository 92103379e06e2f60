using CxReviewBot.Cards;
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
        services.AddScoped<ActionChaseUnit>();
        services.AddSingleton<ActionChaser>();
        services.AddHostedService(provider => provider.GetRequiredService<ActionChaser>());
        return services.AddBotRoutes(routes => routes
            .MapCommand("actions", ActionsCommand.RunAsync)
            .MapVerb(CardVerbs.ActionDone, ActionVerbs.DoneAsync)
            .MapVerb(CardVerbs.ActionSnooze, ActionVerbs.SnoozeAsync)
            .MapVerb(CardVerbs.ActionReassign, ActionVerbs.ReassignAsync)
            .MapVerb(CardVerbs.ActionUpdate, ActionVerbs.UpdateAsync)
            .MapVerb(CardVerbs.ActionShow, ActionVerbs.ShowAsync)
            .MapVerb(CardVerbs.ActionsPage, ActionsCommand.PageAsync));
    }
}
