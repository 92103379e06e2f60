using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Foundation;

/// <summary>A fake identity provider, a fake connector and the real bot on a fresh SQLite file, per test.</summary>
public sealed class BotFixture : IAsyncDisposable
{
    private BotFixture(FakeBotFrameworkIdentity identity, FakeConnector connector, BotHost host)
    {
        Identity = identity;
        Connector = connector;
        Host = host;
        Client = new BotClient(host.CreateClient(), identity);
    }

    public FakeBotFrameworkIdentity Identity { get; }
    public FakeConnector Connector { get; }
    public BotHost Host { get; }
    public BotClient Client { get; }
    public string ServiceUrl => Connector.ServiceUrl;

    public static async Task<BotFixture> StartAsync(IDictionary<string, string?>? overrides = null, Action<Microsoft.Extensions.DependencyInjection.IServiceCollection>? services = null)
    {
        var identity = await FakeBotFrameworkIdentity.StartAsync();
        var connector = await FakeConnector.StartAsync();
        var host = new BotHost(connector, identity, BotHost.NewDatabasePath(), overrides) { TestServices = services };
        return new BotFixture(identity, connector, host);
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
        DeleteDatabase(Host.DatabasePath);
    }

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
