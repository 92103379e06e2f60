using CxReviewBot.Cards;
using CxReviewBot.Hosting;
using CxReviewBot.Protocol.Routing;

namespace CxReviewBot.Features.Agenda;

internal static class AgendaExtensions
{
    /// <summary>The `agenda` command, the card's refresh and paging verbs, the scheduler and `agenda preview`.</summary>
    public static IServiceCollection AddAgendaFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<AgendaOptions>().Bind(configuration.GetSection(AgendaOptions.Section));
        services.AddScoped<AgendaComposer>();
        services.AddScoped<AgendaPoster>();
        services.AddScoped<AgendaRefresher>();
        services.AddSingleton<AgendaScheduler>();
        services.AddHostedService(provider => provider.GetRequiredService<AgendaScheduler>());
        services.AddCliVerb("agenda", AgendaPreviewVerb.Usage, AgendaPreviewVerb.RunAsync);
        return services.AddBotRoutes(routes => routes
            .MapCommand<AgendaCommands>("agenda", c => c.PostNowAsync)
            .MapVerb<AgendaCommands>(CardVerbs.AgendaRefresh, c => c.ShowAsync)
            .MapVerb<AgendaCommands>(CardVerbs.AgendaPage, c => c.ShowAsync));
    }
}
