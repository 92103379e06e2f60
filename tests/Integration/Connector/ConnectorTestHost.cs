using CxReviewBot.Hosting;
using CxReviewBot.Protocol.Connector;
using CxReviewBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CxReviewBot.IntegrationTests.Connector;

/// <summary>The connector services as <c>AddConnector</c> registers them, configured against a <see cref="FakeConnector"/>.</summary>
internal sealed class ConnectorTestHost : IDisposable
{
    public const string AppId = "11111111-2222-3333-4444-555555555555";
    public const string AppPassword = "s3cret";

    private readonly ServiceProvider _services;

    public ConnectorTestHost(FakeConnector fake, IDictionary<string, string?>? settings = null, TimeProvider? time = null)
    {
        var values = new Dictionary<string, string?>(fake.BotConfiguration(AppId, AppPassword))
        {
            ["Connector:BaseDelay"] = "00:00:00.010",
            ["Connector:MaxDelay"] = "00:00:05",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }
        var services = new ServiceCollection()
            .AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(values).Build())
            .AddLogging();
        if (time is not null)
        {
            services.AddSingleton(time);
        }
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section);
        services.AddConnector();
        _services = services.BuildServiceProvider(validateScopes: true);
    }

    public IConnectorClient Client => _services.GetRequiredService<IConnectorClient>();

    public ConnectorTokenProvider Tokens => _services.GetRequiredService<ConnectorTokenProvider>();

    public TrustedServiceUrls TrustedServiceUrls => _services.GetRequiredService<TrustedServiceUrls>();

    /// <summary>A client for <paramref name="serviceUrl"/> after it "arrived in a validated activity".</summary>
    public IConnectorClient TrustedClientFor(string serviceUrl)
    {
        Assert.True(TrustedServiceUrls.Trust(serviceUrl));
        return Client;
    }

    public void Dispose() => _services.Dispose();
}
