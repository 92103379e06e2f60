using CxReviewBot.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace CxReviewBot.TestKit;

/// <summary>
/// The real bot, in process, wired to the fake identity provider and fake connector over real HTTP, with its own
/// SQLite file (or the given connection). Dispose and create another on the same database to simulate a restart.
/// </summary>
public sealed class BotHost : WebApplicationFactory<Program>
{
    public const string AppPassword = "test-secret";

    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    /// <param name="services">Replaces registrations after the bot's own (e.g. a fake clock or a Graph credential).</param>
    public BotHost(FakeConnector connector, FakeBotFrameworkIdentity? identity, string databasePath, IDictionary<string, string?>? overrides = null,
        Action<IServiceCollection>? services = null)
    {
        _services = services;
        DatabasePath = databasePath;
        _settings = new Dictionary<string, string?>
        {
            ["Bot:AppId"] = identity?.AppId ?? "",
            ["Bot:AppPassword"] = identity is null ? "" : AppPassword,
            ["Bot:OpenIdMetadataUrl"] = identity?.MetadataUrl ?? "http://127.0.0.1:9/unused",
            ["Bot:TokenEndpoint"] = connector.TokenEndpoint,
            ["ConnectionStrings:CxReview"] = $"Data Source={databasePath}",
            ["Database:Provider"] = "Sqlite",
            ["Demo:Seed"] = "false",
            ["Outbox:PollInterval"] = "00:00:00.100",
            ["Outbox:RetryBaseDelay"] = "00:00:00.200",
            ["Connector:BaseDelay"] = "00:00:00.050",
            ["Connector:MaxDelay"] = "00:00:02",
        };
        foreach (var (key, value) in overrides ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DatabasePath { get; }

    /// <summary>Registrations applied after the bot's own (e.g. a fake Graph credential).</summary>
    public Action<IServiceCollection>? TestServices { get; init; }

    public static string NewDatabasePath() => Path.Combine(Path.GetTempPath(), $"cxreview-test-{Guid.NewGuid():N}.db");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(_settings));
        if (_services is not null)
        {
            builder.ConfigureTestServices(_services);
        }
        if (TestServices is { } services)
        {
            builder.ConfigureTestServices(services);
        }
    }

    /// <summary>Runs <paramref name="work"/> against the bot's store, acting for <paramref name="tenantId"/>.</summary>
    internal Task<T> WithDbAsync<T>(string tenantId, Func<CxDbContext, Task<T>> work) =>
        WithScopeAsync(tenantId, services => work(services.GetRequiredService<CxDbContext>()));

    /// <summary>Runs <paramref name="work"/> in a fresh DI scope of the bot, acting for <paramref name="tenantId"/>.</summary>
    internal async Task<T> WithScopeAsync<T>(string tenantId, Func<IServiceProvider, Task<T>> work)
    {
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<TenantScope>().Set(tenantId);
        return await work(scope.ServiceProvider);
    }
}
