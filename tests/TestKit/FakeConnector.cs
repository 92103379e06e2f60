using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CxReviewBot.TestKit;

/// <summary>
/// A Bot Connector (REST v3, under <see cref="ServiceUrl"/>) plus an Entra token endpoint (<see cref="TokenEndpoint"/>)
/// on one real Kestrel server at 127.0.0.1. Speaks the real JSON, records every request, can be scripted to fail.
/// </summary>
/// <example>
/// <code>
/// await using var connector = await FakeConnector.StartAsync();
/// // host config: connector.BotConfiguration("app-id", "secret"); inbound activities carry serviceUrl = connector.ServiceUrl
/// connector.FailNext(FakeConnectorFault.TooManyRequests(retryAfterSeconds: 1));
/// var sent = await connector.WaitForActivitiesAsync(1);
/// Assert.Equal("Bearer " + FakeConnector.DefaultAccessToken, sent[0].Authorization);
/// </code>
/// </example>
public sealed class FakeConnector : IAsyncDisposable
{
    public const string DefaultAccessToken = "fake-connector-token";
    public const string DefaultTenantId = "00000000-0000-0000-0000-0000000000aa";

    private readonly WebApplication _app;
    private readonly FakeConnectorLog _log = new();
    private readonly ConcurrentDictionary<string, string> _conversationsByMember = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, IReadOnlyList<FakeMember>> _rosters = new(StringComparer.Ordinal);
    private readonly List<(FakeConnectorFault Fault, int Remaining, Func<string, bool>? Path)> _faults = [];
    private long _nextActivityId = 1767000000000;
    private int _held;

    private FakeConnector(WebApplication app) => _app = app;

    /// <summary>Base URL to put into activities' <c>serviceUrl</c>; has a path like real Teams (<c>…/teams/</c>).</summary>
    public string ServiceUrl { get; private set; } = "";

    /// <summary>Multi-tenant token endpoint; any <c>/{tenant}/oauth2/v2.0/token</c> works (see <see cref="TokenEndpointFor"/>).</summary>
    public string TokenEndpoint => TokenEndpointFor("botframework.com");

    public string Root { get; private set; } = "";

    public string AccessToken { get; set; } = DefaultAccessToken;
    public TimeSpan TokenLifetime { get; set; } = TimeSpan.FromHours(1);

    /// <summary>When set, token requests with another client_id / client_secret get 401 <c>invalid_client</c>.</summary>
    public string? ExpectedClientId { get; set; }
    public string? ExpectedClientSecret { get; set; }

    /// <summary>When true, connector calls without <c>Authorization: Bearer {AccessToken}</c> get 401.</summary>
    public bool RequireAuthorization { get; set; }

    /// <summary>When set, activity bodies larger than this many UTF-8 bytes get 413 <c>MessageSizeTooBig</c>.</summary>
    public int? MaxActivityBytes { get; set; }

    public string TenantId { get; set; } = DefaultTenantId;

    /// <summary>Members returned for conversations without their own roster (<see cref="SetRoster(string, FakeMember[])"/>).</summary>
    public IReadOnlyList<FakeMember> DefaultRoster { get; set; } = [];

    public IReadOnlyList<FakeConnectorRequest> Requests => _log.Snapshot();

    /// <summary>Activities accepted so far (sends, replies, updates, first messages of created conversations).</summary>
    public IReadOnlyList<FakeConnectorRequest> Activities => _log.Snapshot().Where(r => r.IsDeliveredActivity).ToList();

    public int TokenRequestCount => _log.Snapshot().Count(r => r.Operation == FakeConnectorOperation.Token);

    public static async Task<FakeConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeConnector(app);
        FakeConnectorRoutes.Map(app, fake);
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.Root = address.TrimEnd('/') + "/";
        fake.ServiceUrl = fake.Root + "teams/";
        return fake;
    }

    public string TokenEndpointFor(string tenant) => $"{Root}{tenant}/oauth2/v2.0/token";

    /// <summary>
    /// Configuration entries pointing a bot at this fake (<c>Bot:AppId</c>, <c>Bot:AppPassword</c>, <c>Bot:TokenEndpoint</c>);
    /// the token endpoint then only accepts these credentials.
    /// </summary>
    public IReadOnlyDictionary<string, string?> BotConfiguration(string appId, string appPassword)
    {
        ExpectedClientId = appId;
        ExpectedClientSecret = appPassword;
        return new Dictionary<string, string?>
        {
            ["Bot:AppId"] = appId,
            ["Bot:AppPassword"] = appPassword,
            ["Bot:TokenEndpoint"] = TokenEndpoint,
        };
    }

    /// <summary>When set, connector calls over the Teams rate limits answer 429 with Retry-After (off by default).</summary>
    public FakeConnectorRateLimits? RateLimits { get; set; }

    /// <summary>
    /// When set, connector requests (token requests excluded) wait for this task before they are answered: a hung
    /// connector. A request the bot closes meanwhile is recorded with status 499 and not applied (nothing delivered).
    /// </summary>
    public Task? HoldResponses { get; set; }

    /// <summary>Connector requests that arrived and wait for <see cref="HoldResponses"/>.</summary>
    public int HeldRequests => Volatile.Read(ref _held);

    /// <summary>
    /// Real time every connector request (token requests excluded) takes before it is answered: a slow connector.
    /// As with <see cref="HoldResponses"/>, a request the bot closes first is recorded with status 499, not applied.
    /// </summary>
    public TimeSpan ResponseDelay { get; set; }

    public void SetRoster(string conversationId, params FakeMember[] members) => _rosters[conversationId] = members;

    /// <summary>
    /// The next <paramref name="times"/> connector requests (token requests excluded) whose decoded path matches
    /// <paramref name="path"/> (all when null) answer with <paramref name="fault"/>. Scripts apply in order.
    /// </summary>
    public void FailNext(FakeConnectorFault fault, int times = 1, Func<string, bool>? path = null)
    {
        lock (_faults)
        {
            _faults.Add((fault, times, path));
        }
    }

    /// <summary>Waits until at least <paramref name="count"/> activities were accepted; returns them in arrival order.</summary>
    public Task<IReadOnlyList<FakeConnectorRequest>> WaitForActivitiesAsync(int count, TimeSpan? timeout = null) =>
        _log.WaitForAsync(r => r.IsDeliveredActivity, count, timeout ?? TimeSpan.FromSeconds(30));

    public Task<IReadOnlyList<FakeConnectorRequest>> WaitForRequestsAsync(Func<FakeConnectorRequest, bool> match, int count, TimeSpan? timeout = null) =>
        _log.WaitForAsync(match, count, timeout ?? TimeSpan.FromSeconds(30));

    /// <summary>
    /// Waits until no connector request (token requests included) has arrived for <paramref name="quiet"/> (default
    /// 500 ms): after waiting for the expected activities, a late duplicate then shows up before the test counts.
    /// </summary>
    public Task WaitForQuietAsync(TimeSpan? quiet = null, TimeSpan? timeout = null) =>
        _log.WaitForQuietAsync(quiet ?? TimeSpan.FromMilliseconds(500), timeout ?? TimeSpan.FromSeconds(30));

    /// <summary>Forgets recorded requests and pending fault scripts (created conversations and rosters stay).</summary>
    public void Reset()
    {
        _log.Clear();
        lock (_faults)
        {
            _faults.Clear();
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    internal FakeConnectorFault? TakeFault(string path)
    {
        lock (_faults)
        {
            var index = _faults.FindIndex(f => f.Path is null || f.Path(path));
            if (index < 0)
            {
                return null;
            }
            var (fault, remaining, filter) = _faults[index];
            if (remaining <= 1)
            {
                _faults.RemoveAt(index);
            }
            else
            {
                _faults[index] = (fault, remaining - 1, filter);
            }
            return fault;
        }
    }

    /// <returns>False when the bot gave up on the request (closed it) before the fake answered.</returns>
    internal async Task<bool> SlowDownAsync(CancellationToken aborted)
    {
        try
        {
            if (HoldResponses is { } hold)
            {
                Interlocked.Increment(ref _held);
                try
                {
                    await hold.WaitAsync(aborted).ConfigureAwait(false);
                }
                finally
                {
                    Interlocked.Decrement(ref _held);
                }
            }
            if (ResponseDelay > TimeSpan.Zero)
            {
                await Task.Delay(ResponseDelay, aborted).ConfigureAwait(false);
            }
            return true;
        }
        catch (OperationCanceledException) when (aborted.IsCancellationRequested)
        {
            return false;
        }
    }

    internal string NextActivityId() => Interlocked.Increment(ref _nextActivityId).ToString(System.Globalization.CultureInfo.InvariantCulture);

    internal string ConversationFor(string memberId) =>
        _conversationsByMember.GetOrAdd(memberId, _ => "a:" + Guid.NewGuid().ToString("N"));

    internal IReadOnlyList<FakeMember> RosterOf(string conversationId) =>
        _rosters.TryGetValue(conversationId, out var roster) ? roster : DefaultRoster;

    internal void Record(HttpContext context, FakeConnectorOperation operation, JsonNode? body, int status, string? conversationId, string? activityId)
    {
        var headers = context.Request.Headers.ToDictionary(h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
        var raw = context.Features.Get<IHttpRequestFeature>()?.RawTarget ?? context.Request.Path + context.Request.QueryString;
        _log.Add(new FakeConnectorRequest(operation, context.Request.Method, context.Request.Path.Value ?? "", raw,
            headers, body, status, conversationId, activityId, DateTimeOffset.UtcNow));
    }
}
