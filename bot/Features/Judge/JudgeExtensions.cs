using CxReviewBot.Features.Agenda;

namespace CxReviewBot.Features.Judge;

internal static class JudgeExtensions
{
    /// <summary>The "did it move?" judge: a background pass over decisions past their expected-by date (<c>Ledger</c> section), and its agenda section.</summary>
    public static IServiceCollection AddJudgeFeature(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<JudgeOptions>().Bind(configuration.GetSection(JudgeOptions.Section));
        services.AddScoped<IAgendaSection, MoveAgendaResults>();
        services.AddSingleton<MoveJudge>();
        return services.AddHostedService(provider => provider.GetRequiredService<MoveJudge>());
    }
}
