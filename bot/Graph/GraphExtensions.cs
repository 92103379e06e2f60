using Azure.Core;
using Azure.Identity;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Graph;
using Microsoft.Kiota.Authentication.Azure;

namespace CxReviewBot.Graph;

internal static class GraphExtensions
{
    /// <summary>
    /// Registers <see cref="GraphAvailability"/> always, and <see cref="IGraphGateway"/> only when Graph is configured.
    /// A <see cref="TokenCredential"/> registered before this call is used instead of the configured one (tests).
    /// </summary>
    public static IServiceCollection AddCxGraph(this IServiceCollection services, IConfiguration configuration)
    {
        var options = GraphOptions.From(configuration);
        services.AddSingleton(options);
        services.AddSingleton(GraphAvailability.From(options));
        if (!options.IsConfigured)
        {
            return services;
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(CreateCredential(options));
        services.AddSingleton(provider => CreateClient(options, provider.GetRequiredService<TokenCredential>()));
        services.AddSingleton<IGraphGateway, GraphGateway>();
        return services;
    }

    public static TokenCredential CreateCredential(GraphOptions options) => options.UseManagedIdentity
        ? new ManagedIdentityCredential(string.IsNullOrWhiteSpace(options.ClientId)
            ? ManagedIdentityId.SystemAssigned
            : ManagedIdentityId.FromUserAssignedClientId(options.ClientId))
        : new ClientSecretCredential(options.TenantId, options.ClientId, options.ClientSecret);

    /// <summary>
    /// The SDK's default handler pipeline (retry on 429/503/504 honouring Retry-After, redirects, compression) with a bearer
    /// from <paramref name="credential"/> for the configured host only; loopback http hosts are allowed for test fakes.
    /// </summary>
    public static GraphServiceClient CreateClient(GraphOptions options, TokenCredential credential)
    {
        var host = new Uri(options.BaseUrl).Host;
        var auth = new AzureIdentityAuthenticationProvider(credential, [host], scopes: [options.Scope]);
        return new GraphServiceClient(GraphClientFactory.Create(), auth, options.BaseUrl.TrimEnd('/'));
    }
}
