using CxReviewBot.Features.Setup;
using CxReviewBot.Graph;
namespace CxReviewBot.Features.Planner;

internal static class PlannerExtensions
{
    /// <summary>
    /// Set-up's Planner part always (it says once when Planner isn't connected); the sync worker only when Graph is
    /// configured. Call after <c>AddCxGraph</c>.
    /// </summary>
    public static IServiceCollection AddPlannerSync(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddScoped<ISetupSection, PlannerSetup>();
        if (!GraphOptions.From(configuration).IsConfigured)
        {
            return services;
        }

        services.AddSingleton(PlannerSyncOptions.From(configuration));
        services.AddScoped<PlannerPush>();
        services.AddScoped<PlannerPull>();
        services.AddSingleton<PlannerSyncWorker>();
        services.AddHostedService(provider => provider.GetRequiredService<PlannerSyncWorker>());
        return services;
    }
}
