namespace CxReviewBot.Outbox;

internal static class OutboxExtensions
{
    public static IServiceCollection AddOutbox(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<OutboxOptions>().Bind(configuration.GetSection(OutboxOptions.Section))
            .Validate(o => o.IsValid(), "Outbox: 0 < DeliveryTimeout < Lease, MaxAttempts >= 1")
            .ValidateOnStart();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<OutboxDispatcher>();
        services.AddHostedService(provider => provider.GetRequiredService<OutboxDispatcher>());
        services.AddScoped<OutboxWriter>();
        services.AddOutboxVerb();
        return services;
    }
}
