namespace CxReviewBot.People;

internal static class PeopleExtensions
{
    /// <summary>People's working hours, managers and escalation targets, for any feature that sends to a person.</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<PeopleOptions>().Bind(configuration.GetSection(PeopleOptions.Section));
        services.AddSingleton<PeopleDirectory>();
        return services.AddScoped<EscalationTargets>();
    }
}
