using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace CxReviewBot.TestKit;

/// <summary>
/// Microsoft Graph v1.0 on a real Kestrel server at 127.0.0.1 (base <see cref="BaseUrl"/>): Planner tasks with etags,
/// users' managers and mailbox settings, and JSON <c>$batch</c>. Records every request, can be scripted to throttle.
/// </summary>
/// <example>
/// <code>
/// await using var graph = await FakeGraph.StartAsync();
/// graph.AddUser("u1", "ana@contoso.com", "Ana", managerId: "m1");
/// graph.ThrottleNext(path => path.StartsWith("/planner/tasks"), times: 1, retryAfterSeconds: 1);
/// graph.CompleteInPlanner(taskId); // a user ticks the task in Planner: percentComplete 100, new etag
/// </code>
/// </example>
public sealed class FakeGraph : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<FakeGraphRequest> _requests = [];
    private readonly List<(Func<string, bool> Path, int Remaining, int RetryAfter)> _throttles = [];
    private long _etagCounter = 1000;
    private long _taskCounter;
    private int _lostCreates;

    /// <summary>The client id the bot uses against this fake; tasks it creates carry it in <c>createdBy.application.id</c>.</summary>
    public const string AppId = "graph-app";

    private FakeGraph(WebApplication app) => _app = app;

    /// <summary>Graph root including the version, e.g. <c>http://127.0.0.1:5123/v1.0</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    internal object Gate { get; } = new();
    internal Dictionary<string, JsonObject> Tasks { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, JsonObject> Plans { get; } = new(StringComparer.Ordinal);
    internal Dictionary<string, JsonObject> Buckets { get; } = new(StringComparer.Ordinal);
    internal HashSet<string> Groups { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal Dictionary<string, JsonObject> Users { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal Dictionary<string, string> Managers { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal Dictionary<string, JsonObject> Mailboxes { get; } = new(StringComparer.OrdinalIgnoreCase);
    internal HashSet<string> DeniedMailboxes { get; } = new(StringComparer.OrdinalIgnoreCase);

    public IReadOnlyList<FakeGraphRequest> Requests
    {
        get
        {
            lock (Gate)
            {
                return [.. _requests];
            }
        }
    }

    public static async Task<FakeGraph> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var fake = new FakeGraph(app);
        app.Run(context => FakeGraphHttp.HandleAsync(fake, context));
        await app.StartAsync().ConfigureAwait(false);
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        fake.BaseUrl = address.TrimEnd('/') + "/v1.0";
        return fake;
    }

    /// <summary>Configuration entries pointing the bot's Graph client at this fake with app credentials.</summary>
    public IReadOnlyDictionary<string, string?> Configuration() => new Dictionary<string, string?>
    {
        ["Graph:BaseUrl"] = BaseUrl,
        ["Graph:TenantId"] = "00000000-0000-0000-0000-0000000000aa",
        ["Graph:ClientId"] = AppId,
        ["Graph:ClientSecret"] = "graph-secret",
    };

    public void AddUser(string id, string upn, string displayName, string? managerId = null)
    {
        lock (Gate)
        {
            Users[id] = new JsonObject
            {
                ["@odata.type"] = "#microsoft.graph.user",
                ["id"] = id,
                ["userPrincipalName"] = upn,
                ["displayName"] = displayName,
                ["mail"] = upn,
            };
            if (managerId is not null)
            {
                Managers[id] = managerId;
            }
        }
    }

    /// <summary>Mailbox settings as Exchange reports them; zones may be Windows names or IANA ids.</summary>
    public void SetMailboxSettings(string userId, string timeZone, string[] daysOfWeek, string startTime, string endTime, string? workingHoursZone = null)
    {
        lock (Gate)
        {
            Mailboxes[userId] = new JsonObject
            {
                ["timeZone"] = timeZone,
                ["language"] = new JsonObject { ["locale"] = "en-US", ["displayName"] = "English (United States)" },
                ["workingHours"] = new JsonObject
                {
                    ["daysOfWeek"] = new JsonArray([.. daysOfWeek.Select(d => (JsonNode)JsonValue.Create(d))]),
                    ["startTime"] = startTime,
                    ["endTime"] = endTime,
                    ["timeZone"] = new JsonObject { ["name"] = workingHoursZone ?? timeZone },
                },
            };
        }
    }

    /// <summary>Mailbox settings of this user answer 403 <c>ErrorAccessDenied</c> (no MailboxSettings.Read consent).</summary>
    public void DenyMailbox(string userId)
    {
        lock (Gate)
        {
            DeniedMailboxes.Add(userId);
        }
    }

    /// <summary>The next <paramref name="times"/> requests whose path matches answer 429 with <c>Retry-After</c>, inside <c>$batch</c> too.</summary>
    public void ThrottleNext(Func<string, bool> path, int times = 1, int retryAfterSeconds = 1)
    {
        lock (Gate)
        {
            _throttles.Add((path, times, retryAfterSeconds));
        }
    }

    /// <summary>A Microsoft 365 group the app may create plans in.</summary>
    public void AddGroup(string groupId)
    {
        lock (Gate)
        {
            Groups.Add(groupId);
        }
    }

    /// <summary>An existing plan in <paramref name="groupId"/>; returns its id.</summary>
    public string AddPlan(string groupId, string title)
    {
        lock (Gate)
        {
            Groups.Add(groupId);
            return NewPlan(groupId, title)["id"]!.GetValue<string>();
        }
    }

    /// <summary>The next <paramref name="times"/> task creations store the task but answer 504, as a lost response would.</summary>
    public void LoseNextCreateResponse(int times = 1) => Interlocked.Add(ref _lostCreates, times);

    public IReadOnlyList<JsonObject> PlanTasks(string planId)
    {
        lock (Gate)
        {
            return [.. Tasks.Values.Where(t => t["planId"]?.GetValue<string>() == planId).Select(t => (JsonObject)t.DeepClone())];
        }
    }

    public IReadOnlyList<JsonObject> PlanBuckets(string planId)
    {
        lock (Gate)
        {
            return [.. Buckets.Values.Where(b => b["planId"]?.GetValue<string>() == planId).Select(b => (JsonObject)b.DeepClone())];
        }
    }

    /// <summary>A user completes the task in Planner: percentComplete 100 and a new etag.</summary>
    public void CompleteInPlanner(string taskId) => ChangeInPlanner(taskId, task =>
    {
        task["percentComplete"] = 100;
        task["completedDateTime"] = DateTimeOffset.UtcNow.ToString("o");
    });

    /// <summary>Any change made "from Planner's side"; the task gets a new etag.</summary>
    public void ChangeInPlanner(string taskId, Action<JsonObject> change)
    {
        lock (Gate)
        {
            var task = Tasks[taskId];
            change(task);
            task["@odata.etag"] = NextETag();
        }
    }

    /// <summary>A copy of the stored task, or null.</summary>
    public JsonObject? Task(string taskId)
    {
        lock (Gate)
        {
            return Tasks.TryGetValue(taskId, out var task) ? (JsonObject)task.DeepClone() : null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    internal string NextETag() => $"W/\"JzEtVGFzayAg{Interlocked.Increment(ref _etagCounter):D10}\"";

    internal bool TakeLostCreate()
    {
        while (true)
        {
            var remaining = Volatile.Read(ref _lostCreates);
            if (remaining <= 0)
            {
                return false;
            }

            if (Interlocked.CompareExchange(ref _lostCreates, remaining - 1, remaining) == remaining)
            {
                return true;
            }
        }
    }

    /// <summary>Call with <see cref="Gate"/> held.</summary>
    internal JsonObject NewPlan(string groupId, string title)
    {
        var id = $"plan-{Plans.Count + 1:D4}";
        var plan = new JsonObject
        {
            ["@odata.etag"] = NextETag(),
            ["id"] = id,
            ["title"] = title,
            ["owner"] = groupId,
            ["createdDateTime"] = DateTimeOffset.UtcNow.ToString("o"),
            ["container"] = new JsonObject
            {
                ["containerId"] = groupId,
                ["type"] = "group",
                ["url"] = $"https://graph.microsoft.com/v1.0/groups/{groupId}",
            },
        };
        Plans[id] = plan;
        return plan;
    }

    internal string NextTaskId() => $"task-{Interlocked.Increment(ref _taskCounter):D4}";

    internal FakeGraphResponse? TakeThrottle(string path)
    {
        lock (Gate)
        {
            var index = _throttles.FindIndex(t => t.Remaining > 0 && t.Path(path));
            if (index < 0)
            {
                return null;
            }

            var throttle = _throttles[index];
            _throttles[index] = throttle with { Remaining = throttle.Remaining - 1 };
            return FakeGraphResponse.TooManyRequests(throttle.RetryAfter);
        }
    }

    internal void Record(FakeGraphCall call, int status)
    {
        lock (Gate)
        {
            _requests.Add(new FakeGraphRequest(call.Method, call.Path, call.Headers, call.Body?.DeepClone(), status, call.InBatch, DateTimeOffset.UtcNow));
        }
    }
}
