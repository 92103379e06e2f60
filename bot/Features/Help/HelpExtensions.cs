using CxReviewBot.Cards;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Help;

internal static class HelpExtensions
{
    public static IServiceCollection AddHelpFeature(this IServiceCollection services) =>
        services.AddBotRoutes(routes => routes
            .MapCommand("help", HelpCommands.ShowHelpAsync)
            .OnUnknownCommand(HelpCommands.ShowHelpForUnknownTextAsync)
            .OnInstalled(WelcomeGreeting.SendAsync)
            .MapVerb(CardVerbs.CommandRun, CommandButtons.RunAsync));
}
