using CxReviewBot.Data.Conversations;

namespace CxReviewBot.Protocol.Routing;

internal static class RoutingExtensions
{
    public static IServiceCollection AddBotRouting(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var routes = new BotRoutes();
            foreach (var registration in provider.GetServices<BotRouteRegistration>())
            {
                registration.Map(routes);
            }
            return routes;
        });
        services.AddScoped<ActivityRouter>();
        services.AddScoped<TurnRunner>();
        services.AddScoped<InboundDeduplicator>();
        services.AddScoped<ConversationTracker>();
        services.AddHostedService<InboundHousekeeping>();
        return services;
    }

    /// <summary>Lets a feature add its commands and verbs to the route table at start-up.</summary>
    public static IServiceCollection AddBotRoutes(this IServiceCollection services, Action<BotRoutes> map) =>
        services.AddSingleton(new BotRouteRegistration(map));
}
