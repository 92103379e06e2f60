using CxReviewBot.Cards;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Help;

internal static class HelpExtensions
{
    public static IServiceCollection AddHelpFeature(this IServiceCollection services) =>
        services.AddBotRoutes(routes => routes
            .MapCommand<HelpCommands>("help", c => c.ShowHelpAsync)
            .OnUnknownCommand<HelpCommands>(c => c.ShowHelpForUnknownTextAsync)
            .OnInstalled(WelcomeGreeting.SendAsync)
            .MapVerb<CommandButtons>(CardVerbs.CommandRun, c => c.RunAsync));
}
