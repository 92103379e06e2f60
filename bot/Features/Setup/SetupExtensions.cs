using CxReviewBot.Cards;
using CxReviewBot.Protocol.Routing;
namespace CxReviewBot.Features.Setup;

internal static class SetupExtensions
{
    /// <summary>The `setup` command and the set-up card's save verb.</summary>
    public static IServiceCollection AddSetupFeature(this IServiceCollection services)
    {
        services.AddScoped<SetupSaver>();
        return services.AddBotRoutes(routes => routes
            .MapCommand("setup", SetupCommands.ShowAsync)
            .MapVerb(CardVerbs.SetupSave, SetupCommands.SaveAsync));
    }
}
