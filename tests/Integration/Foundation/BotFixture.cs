using CxReviewBot.TestKit;

namespace CxReviewBot.IntegrationTests.Foundation;

/// <summary>
/// A fake identity provider, a fake connector and the real bot on a fresh SQLite file (or, with
/// <see cref="StartOnAsync"/>, a fresh database of either provider), per test.
/// </summary>
public sealed class BotFixture : IAsyncDisposable
{
    private readonly TestDatabase? _database;

    private BotFixture(FakeBotFrameworkIdentity identity, FakeConnector connector, BotHost host, TestDatabase? database)
    {
        Identity = identity;
        Connector = connector;
        Host = host;
        Client = new BotClient(host.CreateClient(), identity);
        _database = database;
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
        return new BotFixture(identity, connector, host, null);
    }

    /// <param name="provider"><see cref="TestDatabases.Sqlite"/> or <see cref="TestDatabases.Postgres"/>.</param>
    public static async Task<BotFixture> StartOnAsync(string provider, IDictionary<string, string?>? overrides = null)
    {
        var database = await TestDatabases.CreateAsync(provider);
        var identity = await FakeBotFrameworkIdentity.StartAsync();
        var connector = await FakeConnector.StartAsync();
        var host = new BotHost(connector, identity, BotHost.NewDatabasePath(), Settings(database, overrides));
        return new BotFixture(identity, connector, host, database);
    }

    /// <summary>The host settings that point a bot at <paramref name="database"/>, then <paramref name="overrides"/>.</summary>
    internal static Dictionary<string, string?> Settings(TestDatabase database, IDictionary<string, string?>? overrides = null)
    {
        var settings = new Dictionary<string, string?>(database.HostSettings);
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            settings[key] = value;
        }
        return settings;
    }

    public async ValueTask DisposeAsync()
    {
        await Host.DisposeAsync();
        await Connector.DisposeAsync();
        await Identity.DisposeAsync();
        DeleteDatabase(Host.DatabasePath);
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    public static void DeleteDatabase(string path)
    {
        foreach (var file in new[] { path, path + "-wal", path + "-shm" })
        {
            File.Delete(file);
        }
    }
}
