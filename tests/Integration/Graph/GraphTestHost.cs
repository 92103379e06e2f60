using Azure.Core;
using CxReviewBot.Graph;
using CxReviewBot.TestKit;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CxReviewBot.IntegrationTests.Graph;

/// <summary>The bot's Graph registrations (<c>AddCxGraph</c>) pointed at a <see cref="FakeGraph"/> with a fake credential.</summary>
internal sealed class GraphTestHost : IDisposable
{
    private readonly ServiceProvider _provider;

    public GraphTestHost(FakeGraph graph)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(graph.Configuration()).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TokenCredential>(Credential);
        services.AddCxGraph(configuration);
        _provider = services.BuildServiceProvider();
    }

    public FakeGraphCredential Credential { get; } = new();

    public IGraphGateway Gateway => _provider.GetRequiredService<IGraphGateway>();

    public void Dispose() => _provider.Dispose();
}
