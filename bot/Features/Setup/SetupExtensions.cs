using CxReviewBot.Cards;
using CxReviewBot.Protocol.Routing;
namespace CxReviewBot.Features.Setup;

internal static class SetupExtensions
{
    /// <summary>The `setup` command and the set-up card's save verb.</summary>
    public static IServiceCollection AddSetupFeature(this IServiceCollection services)
    {
        services.AddScoped<SetupSaver>();
        services.AddScoped<SetupRoster>();
        return services.AddBotRoutes(routes => routes
            .MapCommand<SetupCommands>("setup", c => c.ShowAsync)
            .MapVerb<SetupCommands>(CardVerbs.SetupSave, c => c.SaveAsync));
    }
}
