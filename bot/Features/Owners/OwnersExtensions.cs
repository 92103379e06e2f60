using CxReviewBot.Cards;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Owners;

internal static class OwnersExtensions
{
    public static IServiceCollection AddOwnersFeature(this IServiceCollection services) =>
        services.AddBotRoutes(routes => routes
            .MapCommand<OwnersCommands>("owners", c => c.ShowAsync)
            .MapVerb<OwnersCommands>(CardVerbs.OwnersPage, c => c.PageAsync));
}
